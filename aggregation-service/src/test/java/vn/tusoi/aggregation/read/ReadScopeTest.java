package vn.tusoi.aggregation.read;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitRebuildDone;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.cell;
import static vn.tusoi.aggregation.rollup.FlowFixture.closedCampaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.progress;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.get;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.post;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import vn.tusoi.testsupport.AuthorizationMatrix;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** Who reads which roll-ups: a reader's subtree and nothing else, every role on every operation, unknown campaigns and units. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ReadScopeTest {

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    @Test
    void aReaderSeesTheSubtreeOfTheirUnitAndNothingElse() {
        String p = "V1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D1", "DISTRICT", List.of(p), 1);
        unit(p + ".D2", "DISTRICT", List.of(p), 1);
        unit(p + ".D1.G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D1"), 1);
        campaign("1-KH/V1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        awaitProgress("1-KH%2FV1", p + ".D1", "direct.expected", 1);

        String officer = TestTokens.token("o", p + ".D1", "officer");
        String base = "/api/v1/campaigns/1-KH%2FV1";
        for (String path : List.of("/progress/" + p + ".D1", "/progress/" + p + ".D1.G",
                "/progress/" + p + ".D1/children", "/laggards/" + p + ".D1")) {
            given().auth().oauth2(officer).get(base + path).then().statusCode(200);
        }
        for (String path : List.of("/progress/" + p, "/progress/" + p + ".D2", "/progress/" + p + "/children",
                "/laggards/" + p)) {
            given().auth().oauth2(officer).get(base + path).then().statusCode(403)
                    .contentType("application/problem+json").body("field", equalTo("unitCode"));
        }
        // refused above when read from the database (and kept); refused again when answered from the read cache
        given().auth().oauth2(officer).get(base + "/progress/" + p + ".D2").then().statusCode(403)
                .contentType("application/problem+json").body("field", equalTo("unitCode"));
        given().auth().oauth2(TestTokens.token("v", null, "viewer")).get(base + "/progress/" + p + ".D1").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.token("ht", p, "integration")).get(base + "/progress/" + p + ".D1").then()
                .statusCode(200);
    }

    @Test
    void unknownCampaignsAndUnitsOutsideAreNotFound() {
        unit("F1", "PROVINCE", List.of(), 1);
        unit("F2", "PROVINCE", List.of(), 1);
        campaign("1-KH/F1", "F1", List.of("DISTRICT"), "2023-09-30", 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/campaigns/1-KH%2FF1/progress/F1").statusCode() == 200);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FF1/progress/F2").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/NOPE/progress/F1").then().statusCode(404);
        given().get("/api/v1/campaigns/1-KH%2FF1/progress/F1").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FF1/laggards/F1?size=0").then()
                .statusCode(400).body("field", equalTo("size"));
    }

    @Test
    void noRoleReadsBeyondItsUnits() {
        Map<String, String> noticeOf = new HashMap<>();
        for (String p : List.of("V3", "V4")) {
            unit(p, "PROVINCE", List.of(), 1);
            unit(p + ".D", "DISTRICT", List.of(p), 1);
            unit(p + ".D.G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
            cell(p + ".D.G.1", List.of(p, p + ".D", p + ".D.G"), 3);
            campaign("1-KH/" + p, p, List.of("CELL"), "2023-09-30", 1);
            awaitProgress("1-KH%2F" + p, p + ".D.G", "direct.expected", 1);
            // a reminder in the cell's inbox, read (and marked read) by those who may read the cell
            given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}")
                    .post("/api/v1/campaigns/1-KH%2F" + p + "/laggards/" + p + ".D/reminders").then().statusCode(200);
            noticeOf.put(p, given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + p + ".D.G.1")
                    .then().statusCode(200).extract().path("items[0].id"));
            closedCampaign("1-KH/" + p, p, List.of("CELL"), "2023-09-30", 2);
            await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(TestTokens.admin())
                    .get(target(p, "/progress/", "/final")).statusCode() == 200);
        }
        Set<String> readers = Set.of("admin", "officer", "secretary", "member", "viewer", "integration");
        AuthorizationMatrix.Request progress = (s, n) -> get(target(s, "/progress/", ""));
        AuthorizationMatrix matrix = new AuthorizationMatrix()
                .endpoint("GET /api/v1/campaigns/{code}/progress/{unitCode}", readers, progress)
                .endpoint("GET /api/v1/campaigns/{code}/progress/{unitCode}/children", readers,
                        (s, n) -> get(target(s, "/progress/", "/children")))
                .endpoint("GET /api/v1/campaigns/{code}/progress/{unitCode}/daily", readers,
                        (s, n) -> get(target(s, "/progress/", "/daily")))
                .endpoint("GET /api/v1/campaigns/{code}/progress/{unitCode}/stream", readers,
                        (s, n) -> AuthorizationMatrix.Call.stream(target(s, "/progress/", "/stream")))
                .endpoint("GET /api/v1/campaigns/{code}/laggards/{unitCode}", readers,
                        (s, n) -> get(target(s, "/laggards/", "")))
                .endpoint("GET /api/v1/campaigns/{code}/progress/{unitCode}/final", readers,
                        (s, n) -> get(target(s, "/progress/", "/final")))
                .endpoint("GET /api/v1/campaigns/{code}/progress/{unitCode}/final/children", readers,
                        (s, n) -> get(target(s, "/progress/", "/final/children")))
                .endpoint("POST /api/v1/campaigns/{code}/laggards/{unitCode}/reminders", Set.of("admin", "officer"),
                        (s, n) -> post(target(s, "/laggards/", "/reminders"), "{}"))
                // the schedule is the issuing unit's (the province): read by those who read the province
                .endpoint("GET /api/v1/campaigns/{code}/reminder-schedule", Set.of("admin", "integration"),
                        (s, n) -> get("/api/v1/campaigns/1-KH%2F" + province(s) + "/reminder-schedule"))
                .endpoint("PUT /api/v1/campaigns/{code}/reminder-schedule", Set.of("admin"),
                        (s, n) -> AuthorizationMatrix.Call.put("/api/v1/campaigns/1-KH%2F" + province(s)
                                + "/reminder-schedule", "{\"daysBefore\":[7],\"everyDaysAfter\":3,\"timesAfter\":1}"))
                .endpoint("POST /api/v1/notices/runs", Set.of("admin"), (s, n) -> post("/api/v1/notices/runs", null))
                .endpoint("GET /api/v1/notices", readers,
                        (s, n) -> get("/api/v1/notices?unitCode=" + province(s) + ".D.G.1"))
                .endpoint("GET /api/v1/notices/escalated-actions", readers,
                        (s, n) -> get("/api/v1/notices/escalated-actions?unitCode=" + province(s) + ".D.G.1"))
                .endpoint("GET /api/v1/notices/unread", readers,
                        (s, n) -> get("/api/v1/notices/unread?unitCode=" + province(s) + ".D.G.1"))
                // a member's own notices: the caller's, wherever they are (none for one who is not a member)
                .shared("GET /api/v1/notices/mine", readers, (s, n) -> get("/api/v1/notices/mine"))
                .shared("GET /api/v1/notices/mine/unread", readers, (s, n) -> get("/api/v1/notices/mine/unread"))
                .endpoint("POST /api/v1/notices/{id}/read", readers,
                        (s, n) -> post("/api/v1/notices/" + noticeOf.get(province(s)) + "/read", null))
                .endpoint("GET /api/v1/notices/mails", Set.of("admin"),
                        (s, n) -> get("/api/v1/notices/mails?status=FAILED"))
                .endpoint("POST /api/v1/notices/mails/resend", Set.of("admin"),
                        (s, n) -> post("/api/v1/notices/mails/resend",
                                "{\"noticeId\":\"" + noticeOf.get(province(s)) + "\",\"address\":\"x@v.vn\"}"))
                .endpoint("POST /api/v1/rollups/reconciliation", Set.of("admin"),
                        (s, n) -> post("/api/v1/rollups/reconciliation?campaignCode=1-KH%2FV3", ""))
                .endpoint("POST /api/v1/rollups/rebuild", Set.of("admin"),
                        (s, n) -> post("/api/v1/rollups/rebuild", ""))
                .endpoint("GET /api/v1/rollups/rebuild", Set.of("admin"), (s, n) -> get("/api/v1/rollups/rebuild"))
                .endpoint("GET /api/v1/audit", Set.of("admin"), (s, n) -> get("/api/v1/audit?size=5"))
                .endpoint("GET /api/v1/outbox/refused", Set.of("admin"), (s, n) -> get("/api/v1/outbox/refused?size=5"))
                .endpoint("POST /api/v1/outbox/refused/{seq}/resend", Set.of("admin"),
                        (s, n) -> post("/api/v1/outbox/refused/999999999/resend", null))
                .endpoint("GET /api/v1/dead-letters", Set.of("admin"), (s, n) -> get("/api/v1/dead-letters?size=5"))
                .endpoint("POST /api/v1/dead-letters/{id}/redrive", Set.of("admin"),
                        (s, n) -> post("/api/v1/dead-letters/999999999/redrive", "{}"));
        assertEquals(AuthorizationMatrix.documentedOperations(), matrix.operations());
        AuthorizationMatrix.assertPassed("aggregation-service authorization matrix",
                matrix.run(AuthorizationMatrix.everyRole("V3", "V3.D", "V3.D.G.1", "DV-3001")));
        AuthorizationMatrix.assertPassed("aggregation-service refused tokens", matrix.runRefused());
        // the administrator's row started a rebuild: no other test may read a roll-up half rebuilt
        awaitRebuildDone();
    }

    private static String province(AuthorizationMatrix.Scope scope) {
        return scope == AuthorizationMatrix.Scope.IN ? "V3" : "V4";
    }

    private static String target(AuthorizationMatrix.Scope scope, String what, String suffix) {
        return target(scope == AuthorizationMatrix.Scope.IN ? "V3" : "V4", what, suffix);
    }

    private static String target(String p, String what, String suffix) {
        return "/api/v1/campaigns/1-KH%2F" + p + what + p + ".D.G.1" + suffix;
    }
}
