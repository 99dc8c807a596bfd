package vn.tusoi.web.grading;

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
import java.time.LocalDate;
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
import vn.tusoi.web.api.Classification;
import vn.tusoi.web.api.ClassificationApi;
import vn.tusoi.web.api.GradingPeriod;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Scores;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Writes;

/** A unit's classification below the browser: the step each role is offered, and QĐ 366's refusal in words. */
@QuarkusTest
@TestSecurity(user = "officer.ductho", roles = "officer")
@OidcSecurity(claims = {@Claim(key = "sub", value = "7d2e-officer-ductho"), @Claim(key = "unit", value = "HT-DT"),
        @Claim(key = "name", value = "Ban Tổ chức Huyện ủy Đức Thọ")})
class ClassificationPagesTest {

    private static final Classification SELF_ASSESSED = new Classification(Demo.CELL.code(), "2026", "SELF_ASSESSED",
            "EXCELLENT", null, null, new Scores.Sheet(Scores.DEFAULT_FRAME, Map.of("CHUNG", BigDecimal.valueOf(28),
                    "NHIEM-VU", new BigDecimal("64.5")), new BigDecimal("92.5"), "EXCELLENT"),
            2);
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @InjectMock
    @RestClient
    SessionApi sessions;

    @InjectMock
    @RestClient
    ClassificationApi classifications;

    @InjectMock
    @RestClient
    OrganizationApi organization;

    @BeforeEach
    void theCellHasAssessedItself() {
        when(organization.unit(eq(Demo.CELL.code()))).thenReturn(Demo.CELL);
        when(classifications.classification(eq(Demo.CELL.code()), anyString())).thenReturn(SELF_ASSESSED);
        when(sessions.criteriaFrame(eq(Scores.DEFAULT_FRAME))).thenReturn(Demo.FRAME);
        when(classifications.classificationConditions(eq(Demo.CELL.code()), anyString())).thenReturn(Demo.ONE_OPEN);
    }

    @Test
    void anOfficerIsOfferedTheProposal() {
        given().queryParam("unit", Demo.CELL.code()).queryParam("ky", "2026").get("/xep-loai").then().statusCode(200)
                .body(containsString("name=\"step\" value=\"propose\""))
                .body(not(containsString("name=\"step\" value=\"decide\"")));
    }

    @Test
    @TestSecurity(user = "secretary.vks", roles = "secretary")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "3b0c-secretary-vks"),
            @Claim(key = "unit", value = "HT-DT.VKS")})
    void theCellsSecretaryMayStillCorrectItsSelfAssessmentButNotPropose() {
        given().queryParam("unit", Demo.CELL.code()).queryParam("ky", "2026").get("/xep-loai").then().statusCode(200)
                .body(containsString("name=\"step\" value=\"self\""))
                .body(not(containsString("name=\"step\" value=\"propose\"")));
    }

    @Test
    void anExcellentGradeOverShortcomingsStillOpenIsRefusedInWords() {
        when(classifications.gradeClassification(anyString(), any(), eq(Demo.CELL.code()), eq("2026"), eq("propose"),
                any(Writes.Grade.class))).thenThrow(Demo.refused(422, "excellent-needs-remediation", "grade",
                        "needs every shortcoming remedied"));
        String token = Demo.formToken(given().queryParam("unit", Demo.CELL.code()).queryParam("ky", "2026")
                .get("/xep-loai").then().extract().asString());

        given().contentType(FORM).formParam("csrf-token", token).formParam("key", "khoa-xl")
                .formParam("unit", Demo.CELL.code()).formParam("ky", "2026").formParam("version", "2")
                .formParam("step", "propose").formParam("grade", "EXCELLENT").post("/xep-loai").then()
                .statusCode(422).body(containsString("Chưa thể xếp loại «Hoàn thành xuất sắc nhiệm vụ»: còn hạn chế,"
                        + " khuyết điểm chưa được khắc phục."));
    }

    @Test
    void theScoreSheetTheConditionsAndTheOpenShortcomingStandBesideTheProposal() {
        given().queryParam("unit", Demo.CELL.code()).queryParam("ky", "2026").get("/xep-loai").then().statusCode(200)
                .body(containsString("Nhóm tiêu chí chung"))
                .body(containsString("92,5"))
                .body(containsString("cho phép xếp loại tối đa: <span data-score-grade=\"EXCELLENT\">"))
                .body(containsString("data-condition=\"remedied\" data-met=\"false\""))
                .body(containsString(Demo.SHORTCOMING.description()))
                .body(containsString("đạt 4/4, vượt 1"))
                // the form starts from the sheet kept, in Vietnamese figures
                .body(containsString("value=\"64,5\""));
    }

    @Test
    void thePointsTypedAreSentWithTheGradeAndAScoreThatIsNotANumberIsNeverSent() {
        when(classifications.gradeClassification(anyString(), any(), eq(Demo.CELL.code()), eq("2026"), eq("propose"),
                any(Writes.Grade.class))).thenReturn(SELF_ASSESSED);
        String token = Demo.formToken(given().queryParam("unit", Demo.CELL.code()).queryParam("ky", "2026")
                .get("/xep-loai").then().extract().asString());
        given().redirects().follow(false).contentType(FORM).formParam("csrf-token", token).formParam("key", "khoa-d1")
                .formParam("unit", Demo.CELL.code()).formParam("ky", "2026").formParam("version", "2")
                .formParam("step", "propose").formParam("grade", "GOOD").formParam("scoreFrame", Scores.DEFAULT_FRAME)
                .formParam("scoreGroup", "CHUNG", "NHIEM-VU").formParam("scorePoints", "27", "61,5")
                .post("/xep-loai").then().statusCode(303);
        ArgumentCaptor<Writes.Grade> sent = ArgumentCaptor.forClass(Writes.Grade.class);
        verify(classifications).gradeClassification(eq("khoa-d1"), eq("\"2\""), eq(Demo.CELL.code()), eq("2026"),
                eq("propose"),
                sent.capture());
        assertEquals("GOOD", sent.getValue().grade());
        assertEquals(Map.of("CHUNG", new BigDecimal("27"), "NHIEM-VU", new BigDecimal("61.5")),
                sent.getValue().score().points());

        given().contentType(FORM).formParam("csrf-token", token).formParam("key", "khoa-d2")
                .formParam("unit", Demo.CELL.code()).formParam("ky", "2026").formParam("version", "2")
                .formParam("step", "propose").formParam("grade", "GOOD").formParam("scoreFrame", Scores.DEFAULT_FRAME)
                .formParam("scoreGroup", "CHUNG", "NHIEM-VU").formParam("scorePoints", "hai mươi", "61")
                .post("/xep-loai").then().statusCode(400).body(containsString("cần là một số"))
                .body(containsString("value=\"61\""));
        verify(classifications, never()).gradeClassification(eq("khoa-d2"), any(), any(), anyString(), any(), any());
    }

    @Test
    void aQuarterIsGradedUnderItsNameAndTheOccasionsDeclaredMayBePicked() {
        when(classifications.occasions()).thenReturn(List.of(new GradingPeriod("truoc-dai-hoi", "OCCASION",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), "Kiểm điểm trước Đại hội", "HT-DT")));
        given().queryParam("unit", Demo.CELL.code()).queryParam("ky", "2026-Q3").get("/xep-loai").then()
                .statusCode(200).body(containsString("Đánh giá, xếp loại tổ chức đảng quý III năm 2026"))
                .body(containsString("<option value=\"2026-Q3\" selected>quý III năm 2026</option>"))
                .body(containsString("<option value=\"truoc-dai-hoi\">Kiểm điểm trước Đại hội</option>"))
                .body(containsString("name=\"ky\" value=\"2026-Q3\""));
        verify(classifications).classification(Demo.CELL.code(), "2026-Q3");
        given().queryParam("unit", Demo.CELL.code()).queryParam("ky", "truoc-dai-hoi").get("/xep-loai").then()
                .statusCode(200).body(containsString("Đánh giá, xếp loại tổ chức đảng Kiểm điểm trước Đại hội"));
        given().queryParam("unit", Demo.CELL.code()).queryParam("ky", "Quý 3").get("/xep-loai").then()
                .statusCode(400);
    }
}
