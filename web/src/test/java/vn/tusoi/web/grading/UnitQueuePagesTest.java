package vn.tusoi.web.grading;

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
import vn.tusoi.web.api.Classification;
import vn.tusoi.web.api.ClassificationApi;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.api.Writes;

/**
 * A committee's grading queue below the browser: each subordinate unit with its classification and the conditions of
 * the highest grade; several graded at once, each on its own, one refused leaving the others done; a secretary reads
 * it and grades nothing.
 */
@QuarkusTest
@TestSecurity(user = "officer.ductho", roles = "officer")
@OidcSecurity(claims = {@Claim(key = "sub", value = "7d2e-officer-ductho"), @Claim(key = "unit", value = "HT-DT")})
class UnitQueuePagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Unit AN_DUNG = new Unit("HT-DT.AN-DUNG", "Đảng bộ xã An Dũng", "GRASSROOTS_COMMITTEE",
            "HT-DT", "/HT/HT-DT/HT-DT.AN-DUNG/", 2, 27);
    private static final Unit NEW_UNIT = new Unit("HT-DT.MOI", "Chi bộ mới thành lập", "GRASSROOTS_CELL", "HT-DT",
            "/HT/HT-DT/HT-DT.MOI/", 2, 3);

    @InjectMock
    @RestClient
    ClassificationApi classifications;

    @InjectMock
    @RestClient
    OrganizationApi organization;

    @BeforeEach
    void threeUnits() {
        when(organization.unit(eq("HT-DT"))).thenReturn(Demo.DISTRICT);
        when(organization.children(eq("HT-DT"), anyInt(), anyInt()))
                .thenReturn(Demo.pageOf(List.of(Demo.CELL, AN_DUNG, NEW_UNIT)));
        when(classifications.classification(eq(Demo.CELL.code()), eq("2026")))
                .thenReturn(new Classification(Demo.CELL.code(), "2026", "PROPOSED", "GOOD", "GOOD", null, null, 3));
        when(classifications.classification(eq(AN_DUNG.code()), eq("2026"))).thenReturn(
                new Classification(AN_DUNG.code(), "2026", "SELF_ASSESSED", "EXCELLENT", null, null, null, 1));
        when(classifications.classification(eq(NEW_UNIT.code()), eq("2026"))).thenThrow(Demo.notFound());
        when(classifications.classificationConditions(eq(Demo.CELL.code()), eq("2026"))).thenReturn(Demo.ALL_HELD);
        when(classifications.classificationConditions(eq(AN_DUNG.code()), eq("2026"))).thenReturn(Demo.ONE_OPEN);
    }

    @Test
    void severalUnitsAreGradedAtOnceAndOneRefusedLeavesTheOthersDone() {
        String page = given().queryParam("unit", "HT-DT").queryParam("ky", "2026").get("/xep-loai/don-vi").then()
                .statusCode(200).body(containsString("value=\"HT-DT.VKS:3\""))
                .body(containsString("value=\"HT-DT.AN-DUNG:1\"")).body(containsString("Chưa tự đánh giá"))
                .body(containsString("Còn 1 hạn chế chưa khắc phục")).extract().asString();
        when(classifications.gradeClassification(anyString(), eq("\"1\""), eq(AN_DUNG.code()), eq("2026"),
                eq("propose"),
                any(Writes.Grade.class))).thenThrow(Demo.refused(422, "excellent-needs-remediation", "grade",
                        "needs every shortcoming remedied"));

        given().contentType(FORM).formParam("csrf-token", Demo.formToken(page)).formParam("key", "khoa-dv")
                .formParam("unit", "HT-DT").formParam("ky", "2026")
                .formParam("chon", "HT-DT.VKS:3", "HT-DT.AN-DUNG:1").post("/xep-loai/don-vi").then().statusCode(200)
                .body(containsString(Demo.CELL.name() + ": đã ghi"))
                .body(containsString("Đảng bộ xã An Dũng: không ghi – Chưa thể xếp loại «Hoàn thành xuất sắc"));
        verify(classifications).gradeClassification(eq("khoa-dv:HT-DT.VKS"), eq("\"3\""), eq(Demo.CELL.code()),
                eq("2026"),
                eq("decide"), eq(new Writes.Grade("GOOD", null)));
    }

    @Test
    @TestSecurity(user = "secretary.vks", roles = "secretary")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "3b0c-secretary-vks"), @Claim(key = "unit", value = "HT-DT")})
    void aSecretaryReadsTheQueueAndGradesNothing() {
        String page = given().queryParam("unit", "HT-DT").queryParam("ky", "2026").get("/xep-loai/don-vi").then()
                .statusCode(200).body(not(containsString("name=\"chon\""))).extract().asString();
        given().contentType(FORM).formParam("csrf-token", Demo.formToken(page)).formParam("key", "khoa-dv-2")
                .formParam("unit", "HT-DT").formParam("ky", "2026").formParam("chon", "HT-DT.VKS:3")
                .post("/xep-loai/don-vi").then().statusCode(403);
        verify(classifications, never()).gradeClassification(any(), any(), any(), anyString(), any(), any());
    }
}
