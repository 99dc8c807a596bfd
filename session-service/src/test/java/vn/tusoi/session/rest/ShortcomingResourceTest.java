package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.session.rest.Fixture.*;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.io.File;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import javax.sql.DataSource;
import vn.tusoi.session.remediation.ActionService;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** Shortcomings and remediation, across two yearly reviews (the Bình Xuyên and Bình Thủy stories). */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ShortcomingResourceTest {

    @Inject
    ActionService actions;

    @Inject
    DataSource database;

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
    }

    @Test
    void shortcomingsAreFollowedAcrossReviewsUntilVerified() throws Exception {
        String officer = TestTokens.token("off", "T.D", "officer");
        for (String year : List.of("2022", "2023")) {
            given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                    {"code":"KD-%s/T","title":"Kiểm điểm cuối năm %s","issuingUnitCode":"T.D",
                     "scopeKinds":["GRASSROOTS_COMMITTEE"],"startDate":"%s-11-01","deadline":"%s-12-31"}"""
                    .formatted(year, year, year, year)).post("/api/v1/campaigns").then().statusCode(201);
        }
        String review2022 = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.B\",\"heldOn\":\"2022-12-20\",\"kind\":\"ANNUAL_REVIEW\"}")
                .post("/api/v1/campaigns/KD-2022%2FT/sessions").then().statusCode(201).extract().path("id");
        String land = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("""
                        {"area":"LAND_ENVIRONMENT","description":"Vi phạm đất đai, xây dựng trái phép chưa được xử lý dứt điểm",
                         "causes":[{"kind":"OBJECTIVE","description":"Hồ sơ đất đai qua nhiều thời kỳ"},
                                   {"kind":"SUBJECTIVE","description":"Cấp ủy chưa quyết liệt chỉ đạo"}],
                         "rootCause":"Trách nhiệm người đứng đầu chưa cao","responsibility":"COLLECTIVE",
                         "actions":[{"description":"Rà soát, lập hồ sơ các trường hợp vi phạm","owner":"Chủ tịch UBND xã","dueOn":"2023-03-31"},
                                    {"description":"Xử lý dứt điểm các trường hợp vi phạm","owner":"Phó Chủ tịch UBND xã","dueOn":"2023-06-30"}]}""")
                .post("/api/v1/sessions/" + review2022 + "/shortcomings").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("causes.kind", contains("OBJECTIVE", "SUBJECTIVE"))
                .body("actions.status", contains("PLANNED", "PLANNED")).extract().path("id");
        String attendance = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("""
                        {"area":"PARTY_BUILDING","description":"Tỷ lệ đảng viên dự sinh hoạt chi bộ thấp",
                         "responsibility":"INDIVIDUAL","responsibleMember":"DV-0001",
                         "actions":[{"description":"Nhắc nhở, kiểm điểm đảng viên vắng","owner":"Bí thư chi bộ","dueOn":"2023-02-28"}]}""")
                .post("/api/v1/sessions/" + review2022 + "/shortcomings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"area\":\"OTHER\",\"description\":\"x\",\"responsibility\":\"INDIVIDUAL\"}")
                .post("/api/v1/sessions/" + review2022 + "/shortcomings").then().statusCode(422)
                .body("field", equalTo("responsibleMember"));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"area\":\"NOWHERE\",\"description\":\"x\"}")
                .post("/api/v1/sessions/" + review2022 + "/shortcomings").then().statusCode(400)
                .body("field", equalTo("area"));

        // the attendance shortcoming is fixed and verified within the year
        String attendanceAction = given().auth().oauth2(officer).get("/api/v1/shortcomings/" + attendance).then()
                .extract().path("actions[0].id");
        action(attendanceAction, "{\"status\":\"VERIFIED\"}").statusCode(409);
        given().auth().oauth2(officer).post("/api/v1/actions/" + attendanceAction + "/verify").then().statusCode(409);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/api/v1/actions/" + attendanceAction + "/reopen").then().statusCode(409);
        action(attendanceAction, "{\"status\":\"DONE\",\"notes\":\"Tỷ lệ dự sinh hoạt đạt 95%\"}").statusCode(200)
                .body("progressPercent", equalTo(100));
        action(attendanceAction, "{\"status\":\"PLANNED\"}").statusCode(409).body("field", equalTo("status"));
        action(attendanceAction, "{\"progressPercent\":101}").statusCode(400).body("field", equalTo("progressPercent"));
        given().auth().oauth2(TestTokens.token("s", "T.D.B", "secretary"))
                .post("/api/v1/actions/" + attendanceAction + "/verify").then().statusCode(403);
        given().auth().oauth2(officer).post("/api/v1/actions/" + attendanceAction + "/verify").then()
                .statusCode(200).body("status", equalTo("VERIFIED"));
        given().auth().oauth2(officer).get("/api/v1/shortcomings/" + attendance).then().body("status",
                equalTo("RESOLVED"));

        // the land shortcoming is only half done: its actions are overdue, announced once
        String firstLandAction = given().auth().oauth2(officer).get("/api/v1/shortcomings/" + land).then()
                .extract().path("actions[0].id");
        action(firstLandAction, "{\"status\":\"IN_PROGRESS\",\"progressPercent\":60}").statusCode(200);
        // while another replica runs the check (it holds the lock), this one leaves the round to it
        try (Connection otherReplica = database.getConnection(); Statement lock = otherReplica.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + ActionService.OVERDUE_LOCK + ")");
            assertEquals(0, actions.announceOverdue(LocalDate.now()));
            lock.execute("SELECT pg_advisory_unlock(" + ActionService.OVERDUE_LOCK + ")");
        }
        assertEquals(2, actions.announceOverdue(LocalDate.now()));
        assertEquals(0, actions.announceOverdue(LocalDate.now()));
        given().auth().oauth2(officer).get("/api/v1/units/T.D/actions/overdue").then().statusCode(200)
                .body("total", equalTo(2)).body("items.overdue", contains(true, true));
        given().auth().oauth2(officer).get("/api/v1/units/T.D/shortcomings").then().statusCode(200)
                .body("items.id", hasItem(land)).body("items.id", not(hasItem(attendance)));

        // a year later: carried over into the 2023 review, with its unfinished actions
        String review2023 = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.B\",\"heldOn\":\"2023-12-18\",\"kind\":\"ANNUAL_REVIEW\"}")
                .post("/api/v1/campaigns/KD-2023%2FT/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"sessionId\":\"" + review2022 + "\"}")
                .post("/api/v1/shortcomings/" + land + "/carry-over").then().statusCode(422)
                .body("field", equalTo("sessionId"));
        String carried = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"sessionId\":\"" + review2023 + "\"}").post("/api/v1/shortcomings/" + land + "/carry-over")
                .then().statusCode(201).body("carriedFromId", equalTo(land)).body("status", equalTo("OPEN"))
                .body("actions.progressPercent", contains(60, 0)).extract().path("id");
        given().auth().oauth2(officer).get("/api/v1/shortcomings/" + land).then().body("status",
                equalTo("CARRIED_OVER"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"sessionId\":\"" + review2023 + "\"}")
                .post("/api/v1/shortcomings/" + land + "/carry-over").then().statusCode(409);

        // both actions done; one verified, one sent back, then verified: the shortcoming resolves
        List<String> actions = given().auth().oauth2(officer).get("/api/v1/shortcomings/" + carried).then()
                .extract().path("actions.id");
        for (String id : actions) {
            action(id, "{\"status\":\"DONE\"}").statusCode(200);
        }
        given().auth().oauth2(officer).post("/api/v1/actions/" + actions.get(0) + "/verify").then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"reason\":\"Còn 2 trường hợp tái vi phạm\"}")
                .post("/api/v1/actions/" + actions.get(1) + "/reopen").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        given().auth().oauth2(officer).get("/api/v1/shortcomings/" + carried).then().body("status", equalTo("OPEN"));
        action(actions.get(1), "{\"status\":\"DONE\"}").statusCode(200);
        given().auth().oauth2(officer).post("/api/v1/actions/" + actions.get(1) + "/verify").then().statusCode(200);
        given().auth().oauth2(officer).get("/api/v1/shortcomings/" + carried).then().body("status",
                equalTo("RESOLVED"));
        action(actions.get(1), "{\"notes\":\"late\"}").statusCode(409);

        // what went out: state for the roll-ups, as documented, and no text
        String resolved = record("session.shortcomings", carried, "/data/status", "RESOLVED");
        assertThat(resolved, matchesContract(new File("contracts/session.shortcomings.schema.json")));
        assertEquals("RESOLVED", JSON.readTree(resolved).at("/data/status").asText());
        assertEquals(false, resolved.contains("Vi phạm đất đai"));
        String overdueEvent = record("session.actions", firstLandAction, "/data/overdue", "true");
        assertThat(overdueEvent, matchesContract(new File("contracts/session.actions.schema.json")));
        assertEquals(true, JSON.readTree(overdueEvent).at("/data/overdue").asBoolean());
    }

    @Test
    void aShortcomingInAnAreaTheUnitHadOneInAnEarlierReviewComesBack() throws Exception {
        String officer = TestTokens.token("off.rc", "T.D", "officer");
        Fixture.committees(List.of("T.D.RC"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> Fixture.known(database, List.of("T.D.RC")) == 1);
        String earlier = raise(officer, session(officer, "RC-2024/T", "2024-12-10"), "LAND_ENVIRONMENT", null);
        String laterSession = session(officer, "RC-2025/T", "2025-12-10");
        String land = raise(officer, laterSession, "LAND_ENVIRONMENT", earlier);
        String economy = raise(officer, laterSession, "ECONOMY", null);
        // corrected into the area it had before: it comes back too
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                {"area":"LAND_ENVIRONMENT","description":"Lấn chiếm đất công chưa xử lý dứt điểm",
                 "responsibility":"COLLECTIVE"}""").put("/api/v1/shortcomings/" + economy).then().statusCode(200)
                .body("recurringOfId", equalTo(earlier));
        // the unit's first in the area does not come back after anything
        given().auth().oauth2(officer).get("/api/v1/shortcomings/" + earlier).then()
                .body("recurringOfId", equalTo(null));
        String event = record("session.shortcomings", land, "/data/recurringOfId", earlier);
        assertThat(event, matchesContract(new File("contracts/session.shortcomings.schema.json")));
    }

    private static String session(String officer, String campaign, String heldOn) {
        String year = heldOn.substring(0, 4);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                {"code":"%s","title":"Kiểm điểm cuối năm %s","issuingUnitCode":"T.D",
                 "scopeKinds":["GRASSROOTS_COMMITTEE"],"startDate":"%s-11-01","deadline":"%s-12-31"}"""
                .formatted(campaign, year, year, year)).post("/api/v1/campaigns").then().statusCode(201);
        return given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.RC\",\"heldOn\":\"" + heldOn + "\",\"kind\":\"ANNUAL_REVIEW\"}")
                .post("/api/v1/campaigns/" + campaign.replace("/", "%2F") + "/sessions").then().statusCode(201)
                .extract().path("id");
    }

    private static String raise(String officer, String session, String area, String recurringOf) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                {"area":"%s","description":"Vi phạm đất đai, xây dựng trái phép tái diễn",
                 "responsibility":"COLLECTIVE"}""".formatted(area))
                .post("/api/v1/sessions/" + session + "/shortcomings").then().statusCode(201)
                .body("recurringOfId", equalTo(recurringOf)).extract().path("id");
    }

    private static ValidatableResponse action(String id, String body) {
        return given().auth().oauth2(TestTokens.token("s", "T.D.B", "secretary")).contentType(ContentType.JSON)
                .body(body).patch("/api/v1/actions/" + id).then();
    }
}
