package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.tusoi.session.rest.Fixture.known;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import javax.sql.DataSource;
import vn.tusoi.session.session.BulkDecision;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * What the web screens need beyond recording: a superior committee's queue of submitted sessions, deciding several
 * at once, correcting a shortcoming before approval, and a cell's self-reviews for its leadership. The campaign
 * Q-KH/T of district T.D covers committees and cells; committees T.D.Q (queue), T.D.S (shortcomings) and T.D.M
 * (self-reviews) have cells of their own.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ReviewQueueTest {

    private static final String CAMPAIGN = "/api/v1/campaigns/Q-KH%2FT";
    private static final String OFFICER = TestTokens.token("off.td", "T.D", "officer");
    private static final List<String> CELLS = List.of("T.D.Q.1", "T.D.Q.2", "T.D.Q.3", "T.D.Q.4", "T.D.Q.5",
            "T.D.S.1", "T.D.M.1", "T.D.M.2");
    private static boolean prepared;

    @Inject
    DataSource database;

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
        if (prepared) {
            return;
        }
        prepared = true;
        Fixture.committees(List.of("T.D.Q", "T.D.S", "T.D.M"));
        for (String committee : List.of("T.D.Q", "T.D.S", "T.D.M")) {
            Fixture.cells(committee, CELLS.stream().filter(cell -> cell.startsWith(committee + ".")).toList());
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> known(database, CELLS) == CELLS.size());
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"code":"Q-KH/T","title":"Kiểm điểm cuối năm","issuingUnitCode":"T.D",
                 "scopeKinds":["CELL","GRASSROOTS_COMMITTEE"],"startDate":"2026-01-01","deadline":"2026-12-31"}""")
                .post("/api/v1/campaigns").then().statusCode(201);
    }

    @Test
    void theQueueListsTheSubmittedSessionsBelowTheCommitteeOldestSubmissionFirst() {
        String committee = held("T.D.Q");
        String first = held("T.D.Q.2");
        String second = held("T.D.Q.1");
        held("T.D.Q.3");
        for (String id : List.of(first, second, committee)) {
            given().auth().oauth2(TestTokens.admin()).post("/api/v1/sessions/" + id + "/submit").then()
                    .statusCode(200).body("submittedAt", notNullValue());
        }

        queue("T.D", "&campaignCode=Q-KH%2FT").body("items.unitCode", contains("T.D.Q.2", "T.D.Q.1", "T.D.Q"))
                .body("total", equalTo(3));
        queue("T.D", "&campaignCode=Q-KH%2FT&unitKind=CELL").body("items.unitCode", contains("T.D.Q.2", "T.D.Q.1"));
        queue("T.D", "&campaignCode=Q-KH%2FT&parentCode=T.D").body("items.unitCode", contains("T.D.Q"));
        // strictly below: the committee's own session is its superior's to review
        queue("T.D.Q", "&campaignCode=Q-KH%2FT").body("items.unitCode", contains("T.D.Q.2", "T.D.Q.1"));
        given().auth().oauth2(OFFICER)
                .get("/api/v1/units/T.D/sessions?campaignCode=Q-KH%2FT&status=HELD&parentCode=T.D.Q").then()
                .statusCode(200).body("items.unitCode", contains("T.D.Q.3"));

        // a unit's own session of a campaign, as its report form reads it
        given().auth().oauth2(TestTokens.token("sec.q2", "T.D.Q.2", "secretary"))
                .get(CAMPAIGN + "/sessions?unitCode=T.D.Q.2").then().statusCode(200)
                .body("items.id", contains(first));
        given().auth().oauth2(TestTokens.token("sec.q2", "T.D.Q.2", "secretary"))
                .get(CAMPAIGN + "/sessions?unitCode=T.D.Q.1").then().statusCode(403)
                .body("field", equalTo("unitCode"));
        given().auth().oauth2(TestTokens.token("off.ux", "U.X", "officer"))
                .get("/api/v1/units/T.D/sessions?status=SUBMITTED").then().statusCode(403)
                .body("type", equalTo("urn:tusoi:problem:out-of-scope"));
        given().auth().oauth2(OFFICER).get("/api/v1/units/T.D/sessions?status=WAITING").then().statusCode(400)
                .body("field", equalTo("status"));
        given().auth().oauth2(OFFICER).get("/api/v1/units/T.D/sessions?unitKind=cell").then().statusCode(400)
                .body("field", equalTo("unitKind"));
        given().auth().oauth2(OFFICER).get("/api/v1/units/T.D/sessions?campaignCode=NO-SUCH").then()
                .statusCode(404);
    }

    @Test
    void severalSessionsAreDecidedAtOnceEachOnItsOwn() {
        String submitted = submitted("T.D.Q.4");
        String stale = submitted("T.D.Q.5");
        String notSubmitted = held("T.D.S.1");
        String unknown = UUID.randomUUID().toString();

        decide("""
                {"decision":"APPROVE","reason":"Đạt yêu cầu","sessions":[{"id":"%s"},{"id":"%s","version":1},
                 {"id":"%s"},{"id":"%s"}]}""".formatted(submitted, stale, notSubmitted, unknown), OFFICER)
                .statusCode(200).body("decided", equalTo(1)).body("refused", equalTo(3))
                .body("results.id", contains(submitted, stale, notSubmitted, unknown))
                .body("results.status", contains(200, 412, 409, 404))
                .body("results[0].session.status", equalTo("APPROVED"))
                .body("results[0].session.reviewedBy", equalTo("off.td"))
                .body("results[1].problem.type", equalTo("urn:tusoi:problem:version-mismatch"))
                .body("results[2].problem.type", equalTo("urn:tusoi:problem:session-step-not-allowed"))
                .body("results[3].problem.type", equalTo("urn:tusoi:problem:not-found"));
        // the refused ones are as they were; the decided one is decided once
        given().auth().oauth2(OFFICER).get("/api/v1/sessions/" + stale).then().body("status", equalTo("SUBMITTED"));
        decide("""
                {"decision":"APPROVE","sessions":[{"id":"%s"}]}""".formatted(submitted), OFFICER).statusCode(200)
                .body("results[0].status", equalTo(409));

        // returning needs the reason, for each session
        decide("""
                {"decision":"RETURN","sessions":[{"id":"%s"}]}""".formatted(stale), OFFICER).statusCode(200)
                .body("results[0].problem.type", equalTo("urn:tusoi:problem:return-reason-missing"))
                .body("results[0].problem.field", equalTo("reason"));
        decide("""
                {"decision":"RETURN","reason":"Bổ sung biên bản","sessions":[{"id":"%s"}]}""".formatted(stale),
                OFFICER).statusCode(200).body("results[0].session.status", equalTo("RETURNED"))
                .body("results[0].session.reviewNote", equalTo("Bổ sung biên bản"));

        // a cell's secretary decides nothing; a committee elsewhere is refused before anything is decided
        decide("""
                {"decision":"APPROVE","sessions":[{"id":"%s"}]}""".formatted(stale),
                TestTokens.token("sec", "T.D.Q.5", "secretary")).statusCode(403);
        decide("""
                {"decision":"RETURN","reason":"Sai","sessions":[{"id":"%s"},{"id":"%s"}]}""".formatted(unknown,
                stale), TestTokens.token("off.ux", "U.X", "officer")).statusCode(403)
                .body("field", equalTo("sessions[1].id"));
        given().auth().oauth2(OFFICER).get("/api/v1/sessions/" + stale).then().body("status", equalTo("RETURNED"))
                .body("version", equalTo(3));
        String tooMany = IntStream.range(0, BulkDecision.MAX_SESSIONS + 1)
                .mapToObj(i -> "{\"id\":\"" + UUID.randomUUID() + "\"}").collect(Collectors.joining(","));
        decide("{\"decision\":\"APPROVE\",\"sessions\":[" + tooMany + "]}", OFFICER).statusCode(400)
                .body("field", equalTo("sessions"));
        decide("{\"decision\":\"PARDON\",\"sessions\":[{\"id\":\"" + submitted + "\"}]}", OFFICER)
                .statusCode(400).body("field", equalTo("decision"));
    }

    @Test
    void aShortcomingIsCorrectedWithItsActionsUntilItsSessionIsApproved() {
        String session = held("T.D.S");
        String secretary = TestTokens.token("sec.s", "T.D.S", "secretary");
        ValidatableResponse added = given().auth().oauth2(secretary).contentType(ContentType.JSON).body("""
                {"area":"ECONOMY","description":"Vi phạm đất đai chưa xử lý dứt điểm",
                 "causes":[{"kind":"SUBJECTIVE","description":"Buông lỏng quản lý"}],
                 "actions":[{"description":"Rà soát các trường hợp lấn chiếm","owner":"Chủ tịch UBND",
                 "dueOn":"2027-03-31"},{"description":"Xử lý dứt điểm","owner":"Bí thư","dueOn":"2027-06-30"}]}""")
                .post("/api/v1/sessions/" + session + "/shortcomings").then().statusCode(201);
        String id = added.extract().path("id");
        String review = added.extract().path("actions[0].id");
        String settle = added.extract().path("actions[1].id");
        String path = "/api/v1/shortcomings/" + id;

        edit(path, secretary, null, """
                {"area":"ECONOMY","description":"x","responsibility":"INDIVIDUAL"}""").statusCode(422)
                .body("field", equalTo("responsibleMember"))
                .body("type", equalTo("urn:tusoi:problem:responsible-member-missing"));
        edit(path, secretary, null, """
                {"area":"ECONOMY","description":"x","actions":[{"id":"%s","description":"a","owner":"b",
                 "dueOn":"2027-01-01"}]}""".formatted(UUID.randomUUID())).statusCode(422)
                .body("field", equalTo("actions[0].id"));
        edit(path, secretary, "\"7\"", """
                {"area":"ECONOMY","description":"x"}""").statusCode(412);
        edit(path, secretary, "\"1\"", """
                {"area":"LAND_ENVIRONMENT","description":"Vi phạm đất đai kéo dài",
                 "causes":[{"kind":"OBJECTIVE","description":"Hồ sơ địa chính thiếu"},
                  {"kind":"SUBJECTIVE","description":"Buông lỏng quản lý"}],
                 "rootCause":"Thiếu kiểm tra","responsibility":"INDIVIDUAL","responsibleMember":"HT-0009999",
                 "actions":[{"id":"%s","description":"Rà soát toàn bộ các trường hợp","owner":"Chủ tịch UBND",
                 "dueOn":"2027-02-28"},{"description":"Công khai kết quả","owner":"Bí thư","dueOn":"2027-07-31"}]}"""
                .formatted(review)).statusCode(200).header("ETag", "\"2\"").body("area", equalTo("LAND_ENVIRONMENT"))
                .body("causes.kind", contains("OBJECTIVE", "SUBJECTIVE"))
                .body("responsibleMember", equalTo("HT-0009999"))
                // by due date
                .body("actions.description", contains("Rà soát toàn bộ các trường hợp", "Xử lý dứt điểm",
                        "Công khai kết quả"))
                .body("actions.find { it.id == '%s' }.version".formatted(review), equalTo(2))
                .body("actions.find { it.id == '%s' }.version".formatted(settle), equalTo(1));
        given().auth().oauth2(TestTokens.token("sec.q1", "T.D.Q.1", "secretary")).contentType(ContentType.JSON)
                .body("{\"area\":\"LAND_ENVIRONMENT\",\"description\":\"x\"}").put(path).then().statusCode(403);

        given().auth().oauth2(secretary).post("/api/v1/sessions/" + session + "/submit").then().statusCode(200);
        edit(path, secretary, null, "{\"area\":\"LAND_ENVIRONMENT\",\"description\":\"x\"}").statusCode(409)
                .body("type", equalTo("urn:tusoi:problem:session-not-editable"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/sessions/" + session + "/approve").then().statusCode(200);
        edit(path, secretary, null, "{\"area\":\"LAND_ENVIRONMENT\",\"description\":\"x\"}").statusCode(409);
        given().auth().oauth2(OFFICER).get(path).then().body("description", equalTo("Vi phạm đất đai kéo dài"))
                .body("actions.size()", equalTo(3));
    }

    @Test
    void aCellsSelfReviewsAreListedForItsLeadershipOnly() {
        for (String member : List.of("TD-M-0002", "TD-M-0001")) {
            given().auth().oauth2(TestTokens.member(member, "T.D.M.1")).contentType(ContentType.JSON).body("""
                    {"unitCode":"T.D.M.1","manifestations":[3,9],"personalShortcomings":"Còn nể nang",
                     "improvementPlan":"Thẳng thắn góp ý","selfGrade":"GOOD"}""")
                    .put(CAMPAIGN + "/self-reviews/" + member).then().statusCode(200);
        }
        String list = CAMPAIGN + "/self-reviews?unitCode=T.D.M.1";
        given().auth().oauth2(TestTokens.token("sec.m1", "T.D.M.1", "secretary")).get(list).then().statusCode(200)
                .body("items.registryNo", contains("TD-M-0001", "TD-M-0002")).body("total", equalTo(2))
                .body("items[0].personalShortcomings", equalTo("Còn nể nang"));
        given().auth().oauth2(OFFICER).get(list).then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(TestTokens.member("TD-M-0001", "T.D.M.1")).get(list).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("sec.m2", "T.D.M.2", "secretary")).get(list).then()
                .statusCode(403).body("field", equalTo("unitCode"));
        given().auth().oauth2(TestTokens.token("v", "T.D", "viewer")).get(list).then().statusCode(403);
        given().auth().oauth2(OFFICER).get(CAMPAIGN + "/self-reviews").then().statusCode(400)
                .body("field", equalTo("unitCode"));
    }

    private static String held(String unit) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + unit + "\",\"heldOn\":\"2026-03-01\"}").post(CAMPAIGN + "/sessions")
                .then().statusCode(201).extract().path("id");
    }

    private static String submitted(String unit) {
        String id = held(unit);
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/sessions/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private static ValidatableResponse queue(String unit, String query) {
        return given().auth().oauth2(OFFICER).get("/api/v1/units/" + unit + "/sessions?status=SUBMITTED" + query)
                .then().statusCode(200);
    }

    private static ValidatableResponse decide(String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/sessions/decisions").then();
    }

    private static ValidatableResponse edit(String path, String token, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path).then();
    }
}
