package vn.tusoi.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each role is offered the pages it works in, in the menu's order. */
class MenuTest {

    @Test
    void aMemberIsOfferedTheCampaignsAndTheirSelfReviewOnly() {
        assertEquals(List.of("/chien-dich", "/tu-kiem-diem"), paths("member"));
    }

    @Test
    void aSecretaryReportsFollowsUpReviewsAndGradesButApprovesNothing() {
        assertEquals(List.of("/chien-dich", "/bao-cao-sinh-hoat", "/theo-doi-khac-phuc", "/tu-kiem-diem",
                "/xep-loai"), paths("secretary"));
    }

    @Test
    void anOfficerIsOfferedEverythingButTheChecklistsTheAdministratorLoads() {
        List<String> officers = List.of("/chien-dich", "/bao-cao-sinh-hoat", "/duyet", "/theo-doi-khac-phuc",
                "/tu-kiem-diem", "/xep-loai");
        assertEquals(officers, paths("officer"));
        List<String> all = new java.util.ArrayList<>(officers);
        all.add("/danh-muc-kiem-diem");
        assertEquals(all, paths("admin"));
    }

    @Test
    void aViewerReadsButWritesNothing() {
        assertEquals(List.of("/chien-dich", "/theo-doi-khac-phuc", "/xep-loai"), paths("viewer"));
        assertEquals(List.of(), paths("integration"));
    }

    private static List<String> paths(String... roles) {
        Set<String> held = Set.of(roles);
        return Menu.offeredTo(held::contains).stream().map(Menu.Entry::path).toList();
    }
}
