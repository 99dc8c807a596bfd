package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.session.rest.Fixture.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;
import vn.tusoi.testsupport.TopicRecords;
import vn.tusoi.testsupport.WriteRace;

/**
 * Two writers on one record at the same instant, made to happen: both read before either writes (WriteRace), so
 * the database decides. One wins; the other is a 409 naming what it lost on, never a 500 and never a silent
 * overwrite; and what is on the topic at the end is what is in the table. Each race runs 20 times.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ConcurrentWritesTest {

    static final int ROUNDS = 20;

    @Inject
    DataSource database;

    private static final List<String> OWN_UNITS = List.of("T.D.W1", "T.D.W2", "T.D.W3");

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
        committees(OWN_UNITS);
        await().atMost(Duration.ofSeconds(20)).until(() -> known(database, OWN_UNITS) == OWN_UNITS.size());
    }

    @Test
    void twoCorrectionsOfOneSessionAtOnceGiveOneWinnerAndTheTopicEndsOnTheStoredVersion() throws Exception {
        String id = post("{\"unitCode\":\"T.D.W1\",\"heldOn\":\"2023-08-01\",\"attendance\":{\"expected\":900,"
                + "\"present\":800}}").statusCode(201).extract().path("id");
        int[] outcomes = new int[600];
        for (int round = 0; round < ROUNDS; round++) {
            int a = 800 + 2 * round;
            List<Response> answers = WriteRace.run(database, List.of("review_session"),
                    List.of(correction(id, a), correction(id, a + 1)));
            for (Response answer : answers) {
                outcomes[answer.statusCode()]++;
                if (answer.statusCode() == 409) {
                    assertEquals("version", answer.path("field"));
                }
            }
            assertEquals(1, answers.stream().filter(r -> r.statusCode() == 200).count(), "one winner per round");
        }
        assertEquals(ROUNDS, outcomes[200]);
        assertEquals(ROUNDS, outcomes[409]);
        JsonNode stored = JSON.readTree(given().auth().oauth2(TestTokens.admin()).get("/api/v1/sessions/" + id)
                .then().statusCode(200).header("ETag", "\"" + (ROUNDS + 1) + "\"").extract().asString());
        assertEquals(ROUNDS + 1, stored.get("version").asLong(), "the first report and one win per round");
        // every version was published once, and the last one is what is stored
        List<JsonNode> published = await().atMost(Duration.ofSeconds(20)).until(() -> events("session.sessions", id),
                events -> !events.isEmpty() && events.get(events.size() - 1).get("version").asLong() == ROUNDS + 1);
        Map<Long, Integer> presentByVersion = new HashMap<>();
        for (JsonNode event : published) {
            Integer before = presentByVersion.put(event.get("version").asLong(), event.get("attendancePresent")
                    .asInt());
            assertTrue(before == null || before == event.get("attendancePresent").asInt(),
                    "version " + event.get("version") + " published with two different attendances");
        }
        assertEquals(ROUNDS + 1, presentByVersion.size());
        assertEquals(stored.at("/attendance/present").asInt(),
                published.get(published.size() - 1).get("attendancePresent").asInt());
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndTheCurrentOneIsAccepted() {
        String id = post("{\"unitCode\":\"T.D.W2\",\"heldOn\":\"2023-08-01\"}").statusCode(201)
                .header("ETag", "\"1\"").extract().path("id");
        String body = "{\"unitCode\":\"T.D.W2\",\"heldOn\":\"2023-08-02\"}";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body).put("/api/v1/sessions/" + id).then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"unitCode\":\"T.D.W2\",\"heldOn\":\"2023-08-03\"}").put("/api/v1/sessions/" + id).then()
                .statusCode(412).body("field", equalTo("If-Match"));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"1\"").post("/api/v1/sessions/" + id
                + "/submit").then().statusCode(412);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/sessions/" + id).then()
                .body("heldOn", equalTo("2023-08-02")).body("status", equalTo("HELD"));
    }

    @Test
    void twoFirstReportsOfOneUnitAtOnceGiveOneSessionAndA409() throws Exception {
        List<String> units = IntStream.range(0, ROUNDS).mapToObj(i -> "T.D.R" + i).toList();
        committees(units);
        await().atMost(Duration.ofSeconds(20)).until(() -> known(database, units) == ROUNDS);
        for (String unit : units) {
            String body = "{\"unitCode\":\"" + unit + "\",\"heldOn\":\"2023-08-01\"}";
            List<Response> answers = WriteRace.run(database, List.of("review_session"),
                    List.of(() -> report(body), () -> report(body)));
            assertEquals(List.of(201, 409), answers.stream().map(Response::statusCode).sorted().toList());
            Response loser = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            assertEquals("unitCode", loser.path("field"));
        }
        given().auth().oauth2(TestTokens.admin()).get(CAMPAIGN_PATH + "/sessions?size=500").then()
                .body("items.findAll { it.unitCode.startsWith('T.D.R') }.size()", equalTo(ROUNDS));
    }

    @Test
    void twoCampaignsWithOneCodeAtOnceGiveOneCampaignAndA409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String body = """
                    {"code":"RACE-%d/KH","title":"Đợt %d","issuingUnitCode":"T.D","scopeKinds":["CELL"],
                     "startDate":"2024-01-01","deadline":"2024-03-31"}""".formatted(round, round);
            Callable<Response> create = () -> given().auth().oauth2(TestTokens.admin())
                    .contentType(ContentType.JSON).body(body).post("/api/v1/campaigns");
            List<Response> answers = WriteRace.run(database, List.of("campaign"), List.of(create, create));
            assertEquals(List.of(201, 409), answers.stream().map(Response::statusCode).sorted().toList());
            assertEquals("code", answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow()
                    .path("field"));
        }
    }

    @Test
    void twoOfficersDecidingOneSessionAtOnceOneAloneOneInABulkDecisionGiveOneDecision() throws Exception {
        List<String> units = IntStream.range(0, ROUNDS).mapToObj(i -> "T.D.V" + i).toList();
        committees(units);
        await().atMost(Duration.ofSeconds(20)).until(() -> known(database, units) == ROUNDS);
        String officer = TestTokens.token("off", "T.D", "officer");
        String colleague = TestTokens.token("off2", "T.D", "officer");
        for (String unit : units) {
            String id = report("{\"unitCode\":\"" + unit + "\",\"heldOn\":\"2023-08-01\"}").then().statusCode(201)
                    .extract().path("id");
            given().auth().oauth2(officer).post("/api/v1/sessions/" + id + "/submit").then().statusCode(200);
            Callable<Response> alone = () -> given().auth().oauth2(officer).contentType(ContentType.JSON)
                    .body("{}").post("/api/v1/sessions/" + id + "/approve");
            Callable<Response> inBulk = () -> given().auth().oauth2(colleague).contentType(ContentType.JSON)
                    .body("{\"decision\":\"RETURN\",\"reason\":\"Bổ sung\",\"sessions\":[{\"id\":\"" + id + "\"}]}")
                    .post("/api/v1/sessions/decisions");
            List<Response> answers = WriteRace.run(database, List.of("review_session"), List.of(alone, inBulk));
            assertEquals(200, answers.get(1).statusCode(), "a bulk decision answers per session");
            int bulk = answers.get(1).path("results[0].status");
            assertEquals(List.of(200, 409), java.util.stream.Stream.of(answers.get(0).statusCode(), bulk).sorted()
                    .toList());
            String status = given().auth().oauth2(officer).get("/api/v1/sessions/" + id).then().statusCode(200)
                    .body("version", equalTo(3)).extract().path("status");
            assertEquals(bulk == 200 ? "RETURNED" : "APPROVED", status);
        }
    }

    @Test
    void twoOfficersVerifyingOneActionAtOnceGiveOneVerification() throws Exception {
        String officer = TestTokens.token("off", "T.D", "officer");
        String secretary = TestTokens.token("s", "T.D.W3", "secretary");
        String session = post("{\"unitCode\":\"T.D.W3\",\"heldOn\":\"2023-08-01\"}").statusCode(201).extract()
                .path("id");
        for (int round = 0; round < ROUNDS; round++) {
            Response shortcoming = given().auth().oauth2(secretary).contentType(ContentType.JSON).body("""
                    {"area":"LEADERSHIP","description":"Chậm triển khai %d","causes":[{"kind":"SUBJECTIVE",
                     "description":"Thiếu kiểm tra"}],"actions":[{"description":"Kiểm tra","owner":"Bí thư",
                     "dueOn":"2099-01-01"}]}""".formatted(round))
                    .post("/api/v1/sessions/" + session + "/shortcomings");
            assertEquals(201, shortcoming.statusCode());
            String action = shortcoming.path("actions[0].id");
            given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"status\":\"DONE\"}")
                    .patch("/api/v1/actions/" + action).then().statusCode(200);
            Callable<Response> verify = () -> given().auth().oauth2(officer)
                    .post("/api/v1/actions/" + action + "/verify");
            List<Response> answers = WriteRace.run(database, List.of("remediation_action", "shortcoming"),
                    List.of(verify, verify));
            assertEquals(List.of(200, 409), answers.stream().map(Response::statusCode).sorted().toList());
            given().auth().oauth2(officer).get("/api/v1/shortcomings/" + shortcoming.path("id")).then()
                    .statusCode(200).body("status", equalTo("RESOLVED")).body("version", equalTo(2))
                    .body("actions[0].status", equalTo("VERIFIED")).body("actions[0].version", equalTo(3));
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyWhileTheFirstIsWritingIsA409AndRunsNothing() throws Exception {
        List<String> units = IntStream.range(0, ROUNDS).mapToObj(i -> "T.D.K" + i).toList();
        committees(units);
        await().atMost(Duration.ofSeconds(20)).until(() -> known(database, units) == ROUNDS);
        for (String unit : units) {
            Callable<Response> send = () -> given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "race-" + unit)
                    .body("{\"unitCode\":\"" + unit + "\",\"heldOn\":\"2023-08-01\"}")
                    .post(CAMPAIGN_PATH + "/sessions");
            List<Integer> retried = new ArrayList<>();
            // the first request holds the key and waits to write its session; the retry arrives meanwhile
            List<Response> first = WriteRace.run(database, List.of("review_session"), List.of(send),
                    () -> retried
                            .add(rawPost("race-" + unit, "{\"unitCode\":\"" + unit + "\",\"heldOn\":\"2023-08-01\"}")));
            assertEquals(201, first.get(0).statusCode());
            assertEquals(409, retried.get(0));
            Response replay = send.call();
            assertEquals(201, replay.statusCode());
            assertEquals("true", replay.header("Idempotency-Replayed"));
            assertEquals(1, sessionsOf(unit));
        }
    }

    /** A POST from a client of its own, beside RestAssured's request in flight. */
    private static int rawPost(String idempotencyKey, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                    + CAMPAIGN_PATH + "/sessions")).header("Authorization", "Bearer " + TestTokens.admin())
                    .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Callable<Response> correction(String id, int present) {
        String body = "{\"unitCode\":\"T.D.W1\",\"heldOn\":\"2023-08-01\",\"attendance\":{\"expected\":900,"
                + "\"present\":" + present + "}}";
        return () -> given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/sessions/" + id);
    }

    private static Response report(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post(CAMPAIGN_PATH + "/sessions");
    }

    private int sessionsOf(String unit) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM review_session WHERE unit_code = ?")) {
            count.setString(1, unit);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** The data of every event on the topic for this key, in topic order. */
    private static List<JsonNode> events(String topic, String key) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicRecords.all(StackTestResource.bootstrapServers(), topic)) {
            if (key.equals(record.key())) {
                found.add(JSON.readTree(record.value()).get("data"));
            }
        }
        return found;
    }
}
