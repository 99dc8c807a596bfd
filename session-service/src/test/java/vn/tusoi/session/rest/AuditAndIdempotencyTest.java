package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import javax.sql.DataSource;
import vn.tusoi.testsupport.Scrape;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** Writes sent twice with one Idempotency-Key happen once; every write is in the append-only audit log. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class AuditAndIdempotencyTest {

    private static final String CAMPAIGN = "/api/v1/campaigns/I-KH%2FT";
    private static String session;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void campaignAndSession() throws Exception {
        Fixture.prepare();
        if (session != null) {
            return;
        }
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"code":"I-KH/T","title":"Kiểm thử","issuingUnitCode":"T.D","scopeKinds":["GRASSROOTS_COMMITTEE","CELL"],
                         "startDate":"2026-01-01","deadline":"2026-12-31"}""")
                .post("/api/v1/campaigns").then().statusCode(201);
        session = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.E\",\"heldOn\":\"2026-02-01\"}").post(CAMPAIGN + "/sessions").then()
                .statusCode(201).extract().path("id");
    }

    private static Response addShortcoming(String token, String key, String description) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"area\":\"LEADERSHIP\",\"description\":\"" + description + "\"}")
                .post("/api/v1/sessions/" + session + "/shortcomings");
    }

    @Test
    void aRetriedWriteWithTheSameKeyHappensOnce() {
        double replayed = retries("replayed");
        double reused = retries("reused");
        String officer = TestTokens.token("officer.td", "T.D", "officer");
        Response first = addShortcoming(officer, "retry-1", "Chậm triển khai nghị quyết");
        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        Response retry = addShortcoming(officer, "retry-1", "Chậm triển khai nghị quyết");
        retry.then().statusCode(201).header("Idempotency-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")));
        given().auth().oauth2(officer).get("/api/v1/sessions/" + session + "/shortcomings").then().statusCode(200)
                .body("$", hasSize(1));

        // the same key for another request is refused; a key is the caller's own
        addShortcoming(officer, "retry-1", "Một việc khác").then().statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("Idempotency-Key"));
        addShortcoming(TestTokens.admin(), "retry-1", "Chậm triển khai nghị quyết").then().statusCode(201)
                .header("Idempotency-Replayed", nullValue()).body("id", not(equalTo(first.path("id"))));
        addShortcoming(officer, "k".repeat(201), "Khóa quá dài").then().statusCode(400)
                .body("field", equalTo("Idempotency-Key"));
        // a refused request is kept too: retrying it gets the same refusal without running again
        String reviewer = TestTokens.token("secretary.other", "T.D.B", "secretary");
        addShortcoming(reviewer, "retry-2", "Ngoài phạm vi").then().statusCode(403);
        addShortcoming(reviewer, "retry-2", "Ngoài phạm vi").then().statusCode(403)
                .header("Idempotency-Replayed", equalTo("true"));
        // the retries that did not run, counted for the operator
        assertEquals(replayed + 2, retries("replayed"));
        assertEquals(reused + 1, retries("reused"));
    }

    private static double retries(String outcome) {
        return Scrape.value("tusoi_idempotency_retries_total{outcome=\"" + outcome + "\"}");
    }

    @Test
    void aSelfReviewSentWithAKeyLeavesNoTextInTheKeyStore() throws SQLException {
        String words = "Đôi lúc còn ngại va chạm, chưa thẳng thắn đấu tranh với biểu hiện sai trái";
        String body = """
                {"unitCode":"T.D.A.1","manifestations":[7],"personalShortcomings":"%s","selfGrade":"GOOD"}"""
                .formatted(words);
        String member = TestTokens.member("DV-0078", "T.D.A.1");
        given().auth().oauth2(member).header("Idempotency-Key", "self-1").contentType(ContentType.JSON).body(body)
                .put(CAMPAIGN + "/self-reviews/DV-0078").then().statusCode(200)
                .body("personalShortcomings", equalTo(words)).header("Idempotency-Replayed", nullValue());
        String replay = given().auth().oauth2(member).header("Idempotency-Key", "self-1").contentType(ContentType.JSON)
                .body(body).put(CAMPAIGN + "/self-reviews/DV-0078").then().statusCode(200)
                .header("Idempotency-Replayed", equalTo("true")).extract().asString();
        assertTrue(replay.isEmpty(), replay);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT status, body, content_type, fingerprint"
                        + " FROM idempotency_key WHERE key = 'self-1'")) {
            assertTrue(row.next());
            assertEquals(200, row.getInt("status"));
            assertNull(row.getString("body"));
            assertEquals(64, row.getString("fingerprint").length());
        }
    }

    @Test
    void everyWriteIsAuditedWithWhoBeforeAndAfterAndSelfReviewTextStaysOut() {
        String officer = TestTokens.token("officer.audit", "T.D", "officer");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.E\",\"heldOn\":\"2026-02-02\",\"chair\":\"Bí thư\"}")
                .put("/api/v1/sessions/" + session).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/audit?recordType=ReviewSession&recordKey=" + session
                + "&actor=officer.audit").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].action", equalTo("UPDATE"))
                .body("items[0].before.heldOn", equalTo("2026-02-01")).body("items[0].after.heldOn",
                        equalTo("2026-02-02"))
                .body("items[0].after.chair", equalTo("Bí thư"));

        String words = "Còn nể nang trong góp ý đồng chí";
        given().auth().oauth2(TestTokens.member("DV-0077", "T.D.A.1")).contentType(ContentType.JSON).body("""
                {"unitCode":"T.D.A.1","manifestations":[4],"personalShortcomings":"%s","selfGrade":"GOOD"}"""
                .formatted(words)).put(CAMPAIGN + "/self-reviews/DV-0077").then().statusCode(200);
        String audit = given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/audit?recordType=SelfReview&actor=DV-0077")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].action", equalTo("CREATE"))
                .body("items[0].after.personalShortcomings", startsWith("(redacted"))
                .body("items[0].after.registryNo", equalTo("DV-0077"))
                .extract().asString();
        assertTrue(!audit.contains(words) && !audit.contains("\"manifestations\":[4]"), audit);

        // unchangeable: no write through the API, and the database refuses one too
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}").post("/api/v1/audit")
                .then().statusCode(405);
        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/audit").then().statusCode(405);
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection
                            .createStatement()) {
                statement.executeUpdate("DELETE FROM audit_entry WHERE actor = 'DV-0077'");
            }
        });
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        assertEquals(1, (int) given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/audit?recordType=SelfReview&actor=DV-0077").then().extract().path("total"));
    }
}
