package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.get;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.patch;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.post;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.put;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import javax.sql.DataSource;
import vn.tusoi.testsupport.AuthorizationMatrix;
import vn.tusoi.testsupport.AuthorizationMatrix.Scope;
import vn.tusoi.testsupport.MalformedInputSweep;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * Every session-service endpoint × every role × a record inside (cell T.D.A.1) and outside (cell U.X.A.1, another
 * province) the caller's units. The callers: a national administrator, the officer of district T.D, the secretary of
 * cell T.D.A.1, member DV-1001 of that cell, a viewer of T.D and the provincial system of T.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class AuthorizationMatrixTest {

    private static final Set<String> ALL = Set.of("admin", "officer", "secretary", "member", "viewer", "integration");
    private static final Set<String> CAPTURE = Set.of("admin", "officer", "secretary", "integration");
    private static final Set<String> REVIEW = Set.of("admin", "officer");
    private static final String CHECKLIST = """
            {"title":"Danh mục","document":"Văn bản","itemNoun":"Điều",
             "groups":[{"code":"A","items":[{"number":1}]}]}""";

    /** The records of one scope. */
    private record Target(String campaign, String closable, String unit, String session, String shortcoming,
            String action, String member) {
    }

    private static final Map<Scope, Target> TARGETS = new LinkedHashMap<>();

    @BeforeEach
    void records() throws Exception {
        Fixture.prepare();
        if (TARGETS.isEmpty()) {
            // a self-review is only for an active member of its cell
            Fixture.members(Map.of("DV-1001", "T.D.A.1", "DV-2001", "U.X.A.1"), "ACTIVE");
            TARGETS.put(Scope.IN, records("D", "T.D", "T.D.A", "T.D.A.1", "DV-1001"));
            TARGETS.put(Scope.OUT, records("U", "U.X", "U.X.A", "U.X.A.1", "DV-2001"));
        }
    }

    private static Target records(String suffix, String district, String commune, String cell, String member) {
        String campaign = "M-KH/" + suffix;
        String closable = "C-KH/" + suffix;
        createCampaign(campaign, district);
        createCampaign(closable, commune);
        String path = "/api/v1/campaigns/" + encode(campaign);
        String session = asAdmin("""
                {"unitCode":"%s","heldOn":"2026-03-01"}""".formatted(cell)).post(path + "/sessions").then()
                .statusCode(201).extract().path("id");
        JsonPath shortcoming = asAdmin("""
                {"area":"PARTY_BUILDING","description":"Sinh hoạt chưa đều",
                 "actions":[{"description":"Họp đúng kỳ","owner":"Bí thư","dueOn":"2099-12-31"}]}""")
                .post("/api/v1/sessions/" + session + "/shortcomings").then().statusCode(201).extract().jsonPath();
        asAdmin("""
                [{"name":"Kết nạp đảng viên","target":5,"actual":6}]""")
                .put("/api/v1/units/" + cell + "/indicators/2025").then().statusCode(200);
        asAdmin("""
                {"grade":"GOOD"}""").put("/api/v1/units/" + cell + "/classifications/2025").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> asAdmin("""
                {"unitCode":"%s","manifestations":[1],"selfGrade":"GOOD"}""".formatted(cell))
                .put(path + "/self-reviews/" + member).statusCode() == 200);
        return new Target(encode(campaign), encode(closable), cell, session, shortcoming.getString("id"),
                shortcoming.getString("actions[0].id"), member);
    }

    private static void createCampaign(String code, String issuer) {
        asAdmin("""
                {"code":"%s","title":"Kiểm thử phân quyền","issuingUnitCode":"%s",
                 "scopeKinds":["CELL","GRASSROOTS_COMMITTEE"],"startDate":"2026-01-01","deadline":"2026-12-31"}"""
                .formatted(code, issuer)).post("/api/v1/campaigns").then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification asAdmin(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body);
    }

    private static String encode(String code) {
        return code.replace("/", "%2F");
    }

    private static Target t(Scope scope) {
        return TARGETS.get(scope);
    }

    private static AuthorizationMatrix matrix() {
        String grade = "{\"grade\":\"GOOD\"}";
        return new AuthorizationMatrix()
                .filteredList("GET /api/v1/campaigns", ALL,
                        (s, n) -> get("/api/v1/campaigns?issuingUnitCode=" + (s == Scope.IN ? "T.D" : "U.X")))
                .endpoint("POST /api/v1/campaigns", REVIEW, (s, n) -> post("/api/v1/campaigns", """
                        {"code":"N%d-KH","title":"Kế hoạch","issuingUnitCode":"%s","scopeKinds":["CELL"],
                         "startDate":"2026-01-01","deadline":"2026-12-31"}""".formatted(n, t(s).unit())))
                .endpoint("GET /api/v1/campaigns/{code}", ALL, (s, n) -> get("/api/v1/campaigns/" + t(s).campaign()))
                .endpoint("POST /api/v1/campaigns/{code}/close", REVIEW,
                        (s, n) -> post("/api/v1/campaigns/" + t(s).closable() + "/close", null))
                .endpoint("GET /api/v1/campaigns/{code}/sessions", ALL,
                        (s, n) -> get("/api/v1/campaigns/" + t(s).campaign() + "/sessions"))
                .endpoint("POST /api/v1/campaigns/{code}/sessions", CAPTURE,
                        (s, n) -> post("/api/v1/campaigns/" + t(s).campaign() + "/sessions", """
                                {"unitCode":"%s","heldOn":"2026-03-02"}""".formatted(t(s).unit())))
                .endpoint("POST /api/v1/campaigns/{code}/sessions/import", Set.of("admin", "officer", "integration"),
                        (s, n) -> post("/api/v1/campaigns/" + t(s).campaign() + "/sessions/import?dryRun=true", """
                                [{"unitCode":"%s","heldOn":"2026-03-02"}]""".formatted(t(s).unit())))
                .endpoint("GET /api/v1/campaigns/{code}/self-reviews", Set.of("admin", "officer", "secretary"),
                        (s, n) -> get("/api/v1/campaigns/" + t(s).campaign() + "/self-reviews?unitCode="
                                + t(s).unit()))
                .endpoint("GET /api/v1/campaigns/{code}/self-reviews/{registryNo}",
                        Set.of("admin", "officer", "secretary", "member"),
                        (s, n) -> get(selfReview(s)))
                .endpoint("GET /api/v1/campaigns/{code}/self-reviews/{registryNo}/conditions",
                        Set.of("admin", "officer", "secretary", "member"),
                        (s, n) -> get(selfReview(s) + "/conditions"))
                .endpoint("PUT /api/v1/campaigns/{code}/self-reviews/{registryNo}",
                        Set.of("admin", "officer", "secretary", "member"), (s, n) -> put(selfReview(s), """
                                {"unitCode":"%s","manifestations":[2],"selfGrade":"GOOD"}""".formatted(t(s).unit())))
                .endpoint("POST /api/v1/campaigns/{code}/self-reviews/{registryNo}/propose",
                        Set.of("admin", "officer", "secretary"), (s, n) -> post(selfReview(s) + "/propose", grade))
                .endpoint("POST /api/v1/campaigns/{code}/self-reviews/{registryNo}/decide", REVIEW,
                        (s, n) -> post(selfReview(s) + "/decide", grade))
                .endpoint("GET /api/v1/sessions/{id}", ALL, (s, n) -> get("/api/v1/sessions/" + t(s).session()))
                .endpoint("PUT /api/v1/sessions/{id}", CAPTURE, (s, n) -> put("/api/v1/sessions/" + t(s).session(), """
                        {"unitCode":"%s","heldOn":"2026-03-01","chair":"Bí thư"}""".formatted(t(s).unit())))
                .endpoint("POST /api/v1/sessions/{id}/submit", CAPTURE,
                        (s, n) -> post("/api/v1/sessions/" + t(s).session() + "/submit", null))
                .endpoint("POST /api/v1/sessions/{id}/approve", REVIEW,
                        (s, n) -> post("/api/v1/sessions/" + t(s).session() + "/approve", "{}"))
                .endpoint("POST /api/v1/sessions/{id}/return", REVIEW,
                        (s, n) -> post("/api/v1/sessions/" + t(s).session() + "/return", "{\"reason\":\"Bổ sung\"}"))
                .endpoint("POST /api/v1/sessions/decisions", REVIEW,
                        (s, n) -> post("/api/v1/sessions/decisions", """
                                {"decision":"RETURN","reason":"Bổ sung","sessions":[{"id":"%s"}]}"""
                                .formatted(t(s).session())))
                .endpoint("GET /api/v1/sessions/{id}/shortcomings", ALL,
                        (s, n) -> get("/api/v1/sessions/" + t(s).session() + "/shortcomings"))
                .endpoint("POST /api/v1/sessions/{id}/shortcomings", CAPTURE,
                        (s, n) -> post("/api/v1/sessions/" + t(s).session() + "/shortcomings", """
                                {"area":"ECONOMY","description":"Thu ngân sách chậm"}"""))
                .endpoint("GET /api/v1/shortcomings/{id}", ALL,
                        (s, n) -> get("/api/v1/shortcomings/" + t(s).shortcoming()))
                .endpoint("PUT /api/v1/shortcomings/{id}", CAPTURE,
                        (s, n) -> put("/api/v1/shortcomings/" + t(s).shortcoming(), """
                                {"area":"PARTY_BUILDING","description":"Sinh hoạt chưa đều kỳ %d"}""".formatted(n)))
                .endpoint("POST /api/v1/shortcomings/{id}/carry-over", CAPTURE,
                        (s, n) -> post("/api/v1/shortcomings/" + t(s).shortcoming() + "/carry-over",
                                "{\"sessionId\":\"" + t(s).session() + "\"}"))
                .endpoint("PATCH /api/v1/actions/{id}", CAPTURE,
                        (s, n) -> patch("/api/v1/actions/" + t(s).action(), "{\"progressPercent\":50}"))
                .endpoint("POST /api/v1/actions/{id}/verify", REVIEW,
                        (s, n) -> post("/api/v1/actions/" + t(s).action() + "/verify", null))
                .endpoint("POST /api/v1/actions/{id}/reopen", REVIEW,
                        (s, n) -> post("/api/v1/actions/" + t(s).action() + "/reopen", "{\"reason\":\"Chưa đạt\"}"))
                .endpoint("GET /api/v1/units/{code}/sessions", ALL,
                        (s, n) -> get("/api/v1/units/" + t(s).unit() + "/sessions"))
                .endpoint("GET /api/v1/units/{code}/shortcomings", ALL,
                        (s, n) -> get("/api/v1/units/" + t(s).unit() + "/shortcomings"))
                .endpoint("GET /api/v1/units/{code}/actions/overdue", ALL,
                        (s, n) -> get("/api/v1/units/" + t(s).unit() + "/actions/overdue"))
                .endpoint("GET /api/v1/units/{code}/indicators/{period}", ALL,
                        (s, n) -> get("/api/v1/units/" + t(s).unit() + "/indicators/2025"))
                .endpoint("PUT /api/v1/units/{code}/indicators/{period}", CAPTURE,
                        (s, n) -> put("/api/v1/units/" + t(s).unit() + "/indicators/2025", """
                                [{"name":"Kết nạp đảng viên","target":5,"actual":7}]"""))
                .endpoint("GET /api/v1/units/{code}/classifications/{period}", ALL,
                        (s, n) -> get("/api/v1/units/" + t(s).unit() + "/classifications/2025"))
                .endpoint("GET /api/v1/units/{code}/classifications/{period}/conditions", ALL,
                        (s, n) -> get("/api/v1/units/" + t(s).unit() + "/classifications/2025/conditions"))
                .endpoint("PUT /api/v1/units/{code}/classifications/{period}", CAPTURE,
                        (s, n) -> put("/api/v1/units/" + t(s).unit() + "/classifications/2025", grade))
                .endpoint("POST /api/v1/units/{code}/classifications/{period}/propose", REVIEW,
                        (s, n) -> post("/api/v1/units/" + t(s).unit() + "/classifications/2025/propose", grade))
                .endpoint("POST /api/v1/units/{code}/classifications/{period}/decide", REVIEW,
                        (s, n) -> post("/api/v1/units/" + t(s).unit() + "/classifications/2025/decide", grade))
                // checklists belong to no unit: read by everyone, corrected by the national administrator alone
                .shared("GET /api/v1/checklists", ALL, (s, n) -> get("/api/v1/checklists"))
                .shared("GET /api/v1/checklists/{id}", ALL, (s, n) -> get("/api/v1/checklists/NQ04-27"))
                .shared("GET /api/v1/checklists/{id}/versions/{number}", ALL,
                        (s, n) -> get("/api/v1/checklists/NQ04-27/versions/1"))
                .shared("POST /api/v1/checklists/{id}/diff", Set.of("admin"),
                        (s, n) -> post("/api/v1/checklists/QD37-19/diff", CHECKLIST))
                // published to a checklist that does not exist (404), so the shared lists stay as they are
                .shared("POST /api/v1/checklists/{id}/versions", Set.of("admin"),
                        (s, n) -> post("/api/v1/checklists/NO-SUCH/versions", CHECKLIST))
                // criteria frames too: read by everyone, published by the national administrator alone (a new id
                // each time, as a frame never changes)
                .shared("GET /api/v1/criteria-frames", ALL, (s, n) -> get("/api/v1/criteria-frames"))
                .shared("GET /api/v1/criteria-frames/{id}", ALL, (s, n) -> get("/api/v1/criteria-frames/QD366-2-NHOM"))
                .shared("POST /api/v1/criteria-frames", Set.of("admin"), (s, n) -> post("/api/v1/criteria-frames", """
                        {"id":"MA-TRAN-%d","title":"Khung thử","document":"Phụ lục thử",
                         "groups":[{"code":"A","title":"Nhóm A","maxPoints":100}]}""".formatted(n)))
                // grading periods: resolved and listed for everyone; an occasion declared by the officers of its unit
                .shared("GET /api/v1/grading-periods/{code}", ALL, (s, n) -> get("/api/v1/grading-periods/2025-Q3"))
                .shared("GET /api/v1/grading-periods/occasions", ALL,
                        (s, n) -> get("/api/v1/grading-periods/occasions"))
                .endpoint("POST /api/v1/grading-periods/occasions", REVIEW,
                        (s, n) -> post("/api/v1/grading-periods/occasions", """
                                {"code":"ma-tran-%d","title":"Dịp thử","issuingUnitCode":"%s","firstDay":"2025-01-01",
                                 "lastDay":"2025-01-31"}""".formatted(n, t(s).unit())))
                // in 1999, a year no other test grades
                .endpoint("POST /api/v1/disciplinary-records", REVIEW, (s, n) -> post("/api/v1/disciplinary-records",
                        """
                                {"unitCode":"%s","year":1999,"decisionReference":"Quyết định số %d-QĐ/UBKT",
                                 "decidedOn":"1999-05-10"}""".formatted(t(s).unit(), n)))
                .endpoint("GET /api/v1/disciplinary-records", REVIEW,
                        (s, n) -> get("/api/v1/disciplinary-records?unitCode=" + t(s).unit()))
                .endpoint("GET /api/v1/audit", Set.of("admin"), (s, n) -> get("/api/v1/audit?size=5"))
                .endpoint("GET /api/v1/outbox/refused", Set.of("admin"), (s, n) -> get("/api/v1/outbox/refused?size=5"))
                .endpoint("POST /api/v1/outbox/refused/{seq}/resend", Set.of("admin"),
                        (s, n) -> post("/api/v1/outbox/refused/999999999/resend", null))
                .endpoint("GET /api/v1/dead-letters", Set.of("admin"), (s, n) -> get("/api/v1/dead-letters?size=5"))
                .endpoint("GET /api/v1/records/sessions", Set.of("admin"),
                        (s, n) -> get("/api/v1/records/sessions?size=5&campaignCode=" + t(s).campaign()))
                .endpoint("GET /api/v1/records/shortcomings", Set.of("admin"),
                        (s, n) -> get("/api/v1/records/shortcomings?size=5&campaignCode=" + t(s).campaign()))
                .endpoint("GET /api/v1/records/self-reviews", Set.of("admin"),
                        (s, n) -> get("/api/v1/records/self-reviews?size=5&campaignCode=" + t(s).campaign()))
                .endpoint("POST /api/v1/dead-letters/{id}/redrive", Set.of("admin"),
                        (s, n) -> post("/api/v1/dead-letters/999999999/redrive", "{}"));
    }

    private static String selfReview(Scope scope) {
        return "/api/v1/campaigns/" + t(scope).campaign() + "/self-reviews/" + t(scope).member();
    }

    @Inject
    DataSource dataSource;

    @Test
    void forgedExpiredAndForeignTokensAreRefusedEverywhere() {
        AuthorizationMatrix.assertPassed("session-service refused tokens", matrix().runRefused());
    }

    @Test
    void malformedInputNeverFailsTheServerNorChangesTheDatabase() {
        MalformedInputSweep.assertHarmless("session-service malformed-input sweep", matrix(), dataSource);
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        assertEquals(AuthorizationMatrix.documentedOperations(), matrix().operations());
    }

    @Test
    void noRoleReachesBeyondItsUnitsOrRole() {
        AuthorizationMatrix.assertPassed("session-service authorization matrix",
                matrix().run(AuthorizationMatrix.everyRole("T", "T.D", "T.D.A.1", "DV-1001")));
    }
}
