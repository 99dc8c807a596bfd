package vn.tusoi.web.approval;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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
import vn.tusoi.web.api.Decisions;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Problem;
import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Unit;

/** The committee's approval queue below the browser: what it lists, and a decision on several reports at once. */
@QuarkusTest
@TestSecurity(user = "officer.ductho", roles = "officer")
@OidcSecurity(claims = {@Claim(key = "sub", value = "7d2e-officer-ductho"), @Claim(key = "unit", value = "HT-DT"),
        @Claim(key = "name", value = "Ban Tổ chức Huyện ủy Đức Thọ")})
class ApprovalPagesTest {

    private static final Unit POLICE = new Unit("HT-DT.CONG-AN", "Chi bộ Công an huyện", "GRASSROOTS_CELL", "HT-DT",
            "/HT/HT-DT/HT-DT.CONG-AN/", 2, 9);
    private static final Session SUBMITTED = submitted(Demo.SESSION_ID, Demo.CELL.code(), 4);
    private static final Session POLICE_SUBMITTED = submitted(UUID.fromString(
            "1a2b3c4d-0000-4000-8000-000000000002"), POLICE.code(), 2);

    @InjectMock
    @RestClient
    SessionApi sessions;

    @InjectMock
    @RestClient
    OrganizationApi organization;

    @BeforeEach
    void twoReportsWait() {
        when(organization.unit(eq("HT-DT"))).thenReturn(Demo.DISTRICT);
        when(organization.unit(eq(Demo.CELL.code()))).thenReturn(Demo.CELL);
        when(organization.unit(eq(POLICE.code()))).thenReturn(POLICE);
        when(organization.children(eq("HT-DT"), anyInt(), anyInt()))
                .thenReturn(Demo.pageOf(List.of(Demo.CELL, POLICE)));
        when(sessions.sessionsBelow(eq("HT-DT"), eq("SUBMITTED"), isNull(), any(), any(), anyInt(),
                anyInt())).thenReturn(Demo.pageOf(List.of(SUBMITTED, POLICE_SUBMITTED)));
    }

    @Test
    void theQueueListsEachReportWithItsUnitsNameAndTheOfficersMenuOffersIt() {
        given().get("/duyet").then().statusCode(200)
                .body(containsString("Chi bộ Viện Kiểm sát nhân dân huyện"))
                .body(containsString("Chi bộ Công an huyện"))
                .body(containsString("href=\"/duyet\""));
    }

    @Test
    void severalReportsAreDecidedEachOnItsOwnAndTheRefusedOneSaysWhy() {
        Problem stale = new Problem(Problem.TYPE_PREFIX + "precondition-failed", "stale", 412,
                "the session changed since it was read", null, null);
        when(sessions.decide(eq("khoa-duyet"), any(Decisions.Request.class))).thenReturn(
                new Decisions.Results(1, 1, List.of(new Decisions.Result(Demo.SESSION_ID, 200, SUBMITTED, null),
                        new Decisions.Result(POLICE_SUBMITTED.id(), 412, POLICE_SUBMITTED, stale))));
        String token = Demo.formToken(given().get("/duyet").then().extract().asString());

        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token)
                .formParam("key", "khoa-duyet").formParam("session", Demo.SESSION_ID + ":4")
                .formParam("session", POLICE_SUBMITTED.id() + ":2").post("/duyet").then().statusCode(200)
                .body(containsString("Đã duyệt 1 báo cáo; 1 báo cáo không duyệt được (xem từng dòng)."));

        ArgumentCaptor<Decisions.Request> sent = ArgumentCaptor.forClass(Decisions.Request.class);
        verify(sessions).decide(eq("khoa-duyet"), sent.capture());
        assertEquals("APPROVE", sent.getValue().decision());
        assertEquals(List.of(new Decisions.Item(Demo.SESSION_ID, 4L), new Decisions.Item(POLICE_SUBMITTED.id(), 2L)),
                sent.getValue().sessions());
    }

    @Test
    void nothingTickedDecidesNothing() {
        String token = Demo.formToken(given().get("/duyet").then().extract().asString());

        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token)
                .formParam("key", "khoa-trong").post("/duyet").then().statusCode(200)
                .body(containsString("Chưa chọn báo cáo nào để duyệt."))
                .body(not(containsString("Đã duyệt")));
    }

    private static Session submitted(UUID id, String unitCode, long version) {
        return new Session(id, Demo.CAMPAIGN_CODE, unitCode, "THEMATIC", "SUBMITTED", Demo.HELD.heldOn(),
                "Chủ trì", List.of(), new Session.Attendance(6, 6), "Biên bản.", OffsetDateTime.parse(
                        "2026-11-21T08:00:00+07:00"),
                null, null, null, version);
    }
}
