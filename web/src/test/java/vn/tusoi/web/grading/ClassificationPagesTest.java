package vn.tusoi.web.grading;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import vn.tusoi.web.Demo;
import vn.tusoi.web.api.Classification;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Writes;

/** A unit's classification below the browser: the step each role is offered, and QĐ 366's refusal in words. */
@QuarkusTest
@TestSecurity(user = "officer.ductho", roles = "officer")
@OidcSecurity(claims = {@Claim(key = "sub", value = "7d2e-officer-ductho"), @Claim(key = "unit", value = "HT-DT"),
        @Claim(key = "name", value = "Ban Tổ chức Huyện ủy Đức Thọ")})
class ClassificationPagesTest {

    private static final Classification SELF_ASSESSED = new Classification(Demo.CELL.code(), 2026, "SELF_ASSESSED",
            "EXCELLENT", null, null, 2);
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @InjectMock
    @RestClient
    SessionApi sessions;

    @InjectMock
    @RestClient
    OrganizationApi organization;

    @BeforeEach
    void theCellHasAssessedItself() {
        when(organization.unit(eq(Demo.CELL.code()))).thenReturn(Demo.CELL);
        when(sessions.classification(eq(Demo.CELL.code()), anyInt())).thenReturn(SELF_ASSESSED);
    }

    @Test
    void anOfficerIsOfferedTheProposal() {
        given().queryParam("unit", Demo.CELL.code()).queryParam("year", 2026).get("/xep-loai").then().statusCode(200)
                .body(containsString("name=\"step\" value=\"propose\""))
                .body(not(containsString("name=\"step\" value=\"decide\"")));
    }

    @Test
    @TestSecurity(user = "secretary.vks", roles = "secretary")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "3b0c-secretary-vks"),
            @Claim(key = "unit", value = "HT-DT.VKS")})
    void theCellsSecretaryMayStillCorrectItsSelfAssessmentButNotPropose() {
        given().queryParam("unit", Demo.CELL.code()).queryParam("year", 2026).get("/xep-loai").then().statusCode(200)
                .body(containsString("name=\"step\" value=\"self\""))
                .body(not(containsString("name=\"step\" value=\"propose\"")));
    }

    @Test
    void anExcellentGradeOverShortcomingsStillOpenIsRefusedInWords() {
        when(sessions.gradeClassification(anyString(), any(), eq(Demo.CELL.code()), eq(2026), eq("propose"),
                any(Writes.Grade.class))).thenThrow(Demo.refused(422, "excellent-needs-remediation", "grade",
                        "needs every shortcoming remedied"));
        String token = Demo.formToken(given().queryParam("unit", Demo.CELL.code()).queryParam("year", 2026)
                .get("/xep-loai").then().extract().asString());

        given().contentType(FORM).formParam("csrf-token", token).formParam("key", "khoa-xl")
                .formParam("unit", Demo.CELL.code()).formParam("year", "2026").formParam("version", "2")
                .formParam("step", "propose").formParam("grade", "EXCELLENT").post("/xep-loai").then()
                .statusCode(422).body(containsString("Chưa thể xếp loại «Hoàn thành xuất sắc nhiệm vụ»: còn hạn chế,"
                        + " khuyết điểm chưa được khắc phục."));
    }
}
