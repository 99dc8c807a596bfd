package vn.tusoi.web.selfreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import vn.tusoi.web.Demo;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.SelfReview;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Writes;

/**
 * A cell's grading queue below the browser: each member with the conditions of the highest grade, several decided at
 * once by the committee, each on its own: one refused leaves the others decided, and the page says which and why.
 */
@QuarkusTest
@TestSecurity(user = "officer.ductho", roles = "officer")
@OidcSecurity(claims = {@Claim(key = "sub", value = "7d2e-officer-ductho"), @Claim(key = "unit", value = "HT-DT")})
class CellQueuePagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final SelfReview GOOD = review("HT.0001", "PROPOSED", "GOOD", "GOOD", null, 4);
    private static final SelfReview EXCELLENT = review("HT.0002", "PROPOSED", "EXCELLENT", "EXCELLENT", null, 3);
    private static final SelfReview DECIDED = review("HT.0003", "DECIDED", "GOOD", "GOOD", "GOOD", 5);

    @InjectMock
    @RestClient
    SessionApi sessions;

    @InjectMock
    @RestClient
    OrganizationApi organization;

    @BeforeEach
    void theCellsReviews() {
        when(sessions.campaign(eq(Demo.CAMPAIGN_CODE))).thenReturn(Demo.CAMPAIGN);
        when(organization.unit(eq(Demo.CELL.code()))).thenReturn(Demo.CELL);
        when(sessions.selfReviewsOf(eq(Demo.CAMPAIGN_CODE), eq(Demo.CELL.code()), anyInt(), anyInt()))
                .thenReturn(Demo.pageOf(List.of(GOOD, EXCELLENT, DECIDED)));
        when(sessions.selfReviewConditions(eq(Demo.CAMPAIGN_CODE), eq("HT.0001"))).thenReturn(Demo.ALL_HELD);
        when(sessions.selfReviewConditions(eq(Demo.CAMPAIGN_CODE), eq("HT.0002"))).thenReturn(Demo.ONE_OPEN);
    }

    @Test
    void eachMemberShowsTheConditionsAndOnlyThoseToDecideCanBeTicked() {
        given().queryParam("campaign", Demo.CAMPAIGN_CODE).queryParam("unit", Demo.CELL.code())
                .get("/tu-kiem-diem/chi-bo").then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("value=\"HT.0001:4\"")).body(containsString("value=\"HT.0002:3\""))
                .body(not(containsString("value=\"HT.0003:")))
                .body(containsString("Đã khắc phục hết hạn chế"))
                .body(containsString("Còn 1 hạn chế chưa khắc phục"))
                .body(containsString("Xếp loại các đảng viên đã chọn"));
        verify(sessions, never()).selfReviewConditions(any(), eq("HT.0003"));
    }

    @Test
    void severalAreDecidedAtOnceAndOneRefusedLeavesTheOthersDecided() {
        when(sessions.gradeSelfReview(anyString(), eq("\"3\""), eq(Demo.CAMPAIGN_CODE), eq("HT.0002"),
                eq("decide"), any(Writes.Grade.class))).thenThrow(Demo.refused(422, "excellent-needs-remediation",
                        "grade", "needs every shortcoming remedied"));
        String token = Demo.formToken(given().queryParam("campaign", Demo.CAMPAIGN_CODE)
                .queryParam("unit", Demo.CELL.code()).get("/tu-kiem-diem/chi-bo").then().extract().asString());

        given().contentType(FORM).formParam("csrf-token", token).formParam("key", "khoa-hang-doi")
                .formParam("campaign", Demo.CAMPAIGN_CODE).formParam("unit", Demo.CELL.code())
                .formParam("chon", "HT.0001:4", "HT.0002:3").post("/tu-kiem-diem/chi-bo").then().statusCode(200)
                .body(containsString("HT.0001: đã ghi"))
                .body(containsString("HT.0002: không ghi – Chưa thể xếp loại «Hoàn thành xuất sắc nhiệm vụ»"));
        verify(sessions).gradeSelfReview(eq("khoa-hang-doi:HT.0001"), eq("\"4\""), eq(Demo.CAMPAIGN_CODE),
                eq("HT.0001"), eq("decide"), eq(new Writes.Grade("GOOD", null)));
    }

    @Test
    void aMemberWhoseReviewChangedSinceThePageWasReadIsNotGraded() {
        String token = Demo.formToken(given().queryParam("campaign", Demo.CAMPAIGN_CODE)
                .queryParam("unit", Demo.CELL.code()).get("/tu-kiem-diem/chi-bo").then().extract().asString());
        given().contentType(FORM).formParam("csrf-token", token).formParam("key", "khoa-hang-doi-2")
                .formParam("campaign", Demo.CAMPAIGN_CODE).formParam("unit", Demo.CELL.code())
                .formParam("chon", "HT.0001:2").post("/tu-kiem-diem/chi-bo").then().statusCode(200)
                .body(containsString("HT.0001: không ghi – bản tự kiểm điểm đã thay đổi"));
        verify(sessions, never()).gradeSelfReview(any(), any(), any(), any(), any(), any());
    }

    private static SelfReview review(String registryNo, String stage, String self, String proposed, String decided,
            long version) {
        return new SelfReview(Demo.CAMPAIGN_CODE, registryNo, Demo.CELL.code(), "NQ04-27", 1, List.of(), null, null,
                stage, self, proposed, decided, null, version);
    }
}
