package vn.tusoi.web.selfreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import vn.tusoi.web.Demo;
import vn.tusoi.web.api.Checklist;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Scores;
import vn.tusoi.web.api.SelfReview;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Writes;

/**
 * A member's self-review below the browser: the checklist as session-service holds it (an item's text only where
 * it has one, else its number under its group), kept out of every cache, and what the member sends.
 */
@QuarkusTest
@TestSecurity(user = "member.vks", roles = "member")
@OidcSecurity(claims = {@Claim(key = "sub", value = "5c1d-member-vks"), @Claim(key = "unit", value = "HT-DT.VKS"),
        @Claim(key = "member", value = "HT.0007"), @Claim(key = "name", value = "Đảng viên Lê Thị Hoa")})
class SelfReviewPagesTest {

    private static final String VERIFIED = "Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin vào mục tiêu,"
            + " lý tưởng độc lập dân tộc và chủ nghĩa xã hội";
    private static final Checklist CHECKLIST = new Checklist("NQ04-27", 1, "27 biểu hiện suy thoái", "NQ 04-NQ/TW",
            "Biểu hiện", List.of(new Checklist.Group("I", "Suy thoái về tư tưởng chính trị", List.of(
                    new Checklist.Item(1, VERIFIED, "Nghị quyết 04-NQ/TW, mục I.1"),
                    new Checklist.Item(2, null, null)))));
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @InjectMock
    @RestClient
    SessionApi sessions;

    @InjectMock
    @RestClient
    OrganizationApi organization;

    @BeforeEach
    void noReviewYet() {
        when(sessions.campaign(eq(Demo.CAMPAIGN_CODE))).thenReturn(Demo.CAMPAIGN);
        when(organization.unit(eq(Demo.CELL.code()))).thenReturn(Demo.CELL);
        when(sessions.selfReview(eq(Demo.CAMPAIGN_CODE), eq("HT.0007"))).thenThrow(Demo.notFound());
        when(sessions.checklist(eq("NQ04-27"))).thenReturn(CHECKLIST);
        when(sessions.checklist(eq("NQ04-27"), eq(1L))).thenReturn(CHECKLIST);
        when(sessions.criteriaFrame(eq(Scores.DEFAULT_FRAME))).thenReturn(Demo.FRAME);
    }

    @Test
    void theChecklistShowsAnItemsTextOnlyWhereItHasOneAndNoCacheKeepsThePage() {
        given().queryParam("campaign", Demo.CAMPAIGN_CODE).get("/tu-kiem-diem").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString(VERIFIED))
                .body(containsString("Biểu hiện thứ 2"))
                .body(containsString("Suy thoái về tư tưởng chính trị"))
                // a member's menu: their own review, no approval queue
                .body(containsString("href=\"/tu-kiem-diem\"")).body(not(containsString("href=\"/duyet\"")));
    }

    @Test
    void aNumberThatIsNotOneIsRefusedAndNothingIsSent() {
        given().contentType(FORM).formParam("csrf-token", token()).formParam("key", "khoa-tkd")
                .formParam("campaign", Demo.CAMPAIGN_CODE).formParam("manifestation", "một")
                .formParam("selfGrade", "GOOD").post("/tu-kiem-diem").then().statusCode(400);

        verify(sessions, never()).writeSelfReview(any(), any(), any(), any(), any());
    }

    @Test
    void theServicesRefusalIsShownWithWhatTheMemberTyped() {
        when(sessions.writeSelfReview(anyString(), any(), eq(Demo.CAMPAIGN_CODE), eq("HT.0007"),
                any(Writes.SelfReviewRequest.class))).thenThrow(Demo.refused(422, "manifestation-unknown",
                        "manifestations", "no item 28 in checklist NQ04-27"));
        String typed = "Có lúc chưa gương mẫu trong sinh hoạt chi bộ; sẽ khắc phục ngay trong quý tới.";

        given().contentType(FORM).formParam("csrf-token", token()).formParam("key", "khoa-tkd-2")
                .formParam("campaign", Demo.CAMPAIGN_CODE).formParam("manifestation", "1")
                .formParam("personalShortcomings", typed).formParam("selfGrade", "GOOD").post("/tu-kiem-diem")
                .then().statusCode(422).body(containsString(typed));
    }

    private static String token() {
        return Demo.formToken(given().queryParam("campaign", Demo.CAMPAIGN_CODE).get("/tu-kiem-diem").then()
                .extract().asString());
    }

    @Test
    void theMembersScoreSheetIsSentWithTheReview() {
        when(sessions.writeSelfReview(anyString(), any(), eq(Demo.CAMPAIGN_CODE), eq("HT.0007"),
                any(Writes.SelfReviewRequest.class))).thenReturn(REVIEWED);
        given().redirects().follow(false).contentType(FORM).formParam("csrf-token", token())
                .formParam("key", "khoa-tkd-3").formParam("campaign", Demo.CAMPAIGN_CODE)
                .formParam("manifestation", "2").formParam("selfGrade", "GOOD")
                .formParam("scoreFrame", Scores.DEFAULT_FRAME).formParam("scoreGroup", "CHUNG", "NHIEM-VU")
                .formParam("scorePoints", "25", "60").post("/tu-kiem-diem").then().statusCode(303);
        ArgumentCaptor<Writes.SelfReviewRequest> sent = ArgumentCaptor.forClass(Writes.SelfReviewRequest.class);
        verify(sessions).writeSelfReview(eq("khoa-tkd-3"), any(), eq(Demo.CAMPAIGN_CODE), eq("HT.0007"),
                sent.capture());
        assertEquals(Map.of("CHUNG", new BigDecimal("25"), "NHIEM-VU", new BigDecimal("60")),
                sent.getValue().score().points());
        assertEquals(Scores.DEFAULT_FRAME, sent.getValue().score().frameId());
    }

    @Test
    @TestSecurity(user = "secretary.vks", roles = "secretary")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "3b0c-secretary-vks"),
            @Claim(key = "unit", value = "HT-DT.VKS")})
    void theCellReadsTheConditionsOfTheHighestGradeBesideTheReview() {
        when(sessions.selfReview(eq(Demo.CAMPAIGN_CODE), eq("HT.0007"))).thenReturn(REVIEWED);
        when(sessions.selfReviewConditions(eq(Demo.CAMPAIGN_CODE), eq("HT.0007"))).thenReturn(Demo.ONE_OPEN);
        given().queryParam("campaign", Demo.CAMPAIGN_CODE).queryParam("registryNo", "HT.0007").get("/tu-kiem-diem/xem")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("Còn 1 hạn chế, khuyết điểm chưa khắc phục xong"))
                .body(containsString(Demo.SHORTCOMING.description()))
                .body(containsString("Tổng điểm</dt><dd><strong>85</strong>"))
                .body(containsString("data-score-grade=\"GOOD\""))
                .body(containsString("name=\"step\" value=\"propose\""));
    }

    private static final SelfReview REVIEWED = new SelfReview(Demo.CAMPAIGN_CODE, "HT.0007", Demo.CELL.code(),
            "NQ04-27", 1, List.of(2), "Có lúc chưa gương mẫu.", "Gương mẫu hơn.", "SELF_ASSESSED", "GOOD", null,
            null, new Scores.Sheet(Scores.DEFAULT_FRAME, Map.of("CHUNG", BigDecimal.valueOf(25), "NHIEM-VU",
                    BigDecimal.valueOf(60)), BigDecimal.valueOf(85), "GOOD"),
            1);
}
