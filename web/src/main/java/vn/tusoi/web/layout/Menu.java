package vn.tusoi.web.layout;

import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import vn.tusoi.web.signin.SignedInUser;

/**
 * The header's menu, by the roles of whoever is signed in: each role is offered the pages it works in (a member is
 * not offered the committees' approval queue). Only what is offered: the services decide what each may do.
 */
@RequestScoped
@Named("menu")
public class Menu {

    /** One entry: where it leads, what it says. */
    public record Entry(String path, String label) {
    }

    private static final String ADMIN = "admin";
    private static final String OFFICER = "officer";
    private static final String SECRETARY = "secretary";
    private static final String MEMBER = "member";
    private static final String VIEWER = "viewer";

    private record Offered(Entry entry, List<String> roles) {
    }

    private static final List<Offered> ENTRIES = List.of(
            new Offered(new Entry("/chien-dich", "Đợt sinh hoạt"), List.of(ADMIN, OFFICER, SECRETARY, MEMBER, VIEWER)),
            new Offered(new Entry("/bao-cao-sinh-hoat", "Báo cáo sinh hoạt"), List.of(ADMIN, OFFICER, SECRETARY)),
            new Offered(new Entry("/duyet", "Duyệt báo cáo"), List.of(ADMIN, OFFICER)),
            new Offered(new Entry("/theo-doi-khac-phuc", "Theo dõi khắc phục"),
                    List.of(ADMIN, OFFICER, SECRETARY, VIEWER)),
            new Offered(new Entry("/tu-kiem-diem", "Tự kiểm điểm"), List.of(ADMIN, OFFICER, SECRETARY, MEMBER)),
            new Offered(new Entry("/xep-loai", "Xếp loại"), List.of(ADMIN, OFFICER, SECRETARY, VIEWER)),
            new Offered(new Entry("/danh-muc-kiem-diem", "Danh mục kiểm điểm"), List.of(ADMIN)));

    private final SignedInUser user;

    public Menu(SignedInUser user) {
        this.user = user;
    }

    public List<Entry> entries() {
        return offeredTo(user::has);
    }

    /** The entries offered to someone holding the roles {@code holds} says yes to, in the menu's order. */
    static List<Entry> offeredTo(Predicate<String> holds) {
        return ENTRIES.stream().filter(offered -> offered.roles().stream().anyMatch(holds)).map(Offered::entry)
                .toList();
    }
}
