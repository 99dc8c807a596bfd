package vn.tusoi.aggregation.rollup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.aggregation.rollup.FlowFixture.JSON;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.envelope;
import static vn.tusoi.aggregation.rollup.FlowFixture.progress;
import static vn.tusoi.aggregation.rollup.FlowFixture.publishRaw;
import static vn.tusoi.aggregation.rollup.FlowFixture.session;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.get;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.post;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import javax.sql.DataSource;
import vn.tusoi.testsupport.Scrape;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;
import vn.tusoi.testsupport.TopicRecords;

/** The consumer: a bad event set aside with its reason while the rest goes on; one applier at a time. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ConsumerTest {

    @Inject
    DataSource database;

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    /** Every endpoint × every role × a unit inside (province V3) and outside (province V4) the caller's. */
    @Test
    void aBadEventIsSetAsideWithItsReasonAndTheConsumerGoesOn() throws Exception {
        String p = "P9";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".D.G1", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        campaign("1-KH/P9", p + ".D", List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        awaitProgress("1-KH%2FP9", p + ".D", "direct.expected", 1);
        // what a faulty producer might publish: a truncated record, a unit without its ancestors, a session with
        // null codes, and a unit whose code no column can hold (readable, but the database refuses it)
        publishRaw("session.sessions", "P9-truncated",
                "{\"specversion\":\"1.0\",\"type\":\"vn.tusoi.session.session.changed\",\"data\":{\"id\":");
        publishRaw("org.units", p + ".D.G2", envelope("vn.tusoi.org.unit.changed", Map.of("code", p + ".D.G2",
                "name", "Đảng bộ xã", "kind", "GRASSROOTS_COMMITTEE", "parentCode", p + ".D", "version", 1)));
        Map<String, Object> nullCodes = new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "status", "HELD",
                "version", 1));
        nullCodes.put("campaignCode", null);
        nullCodes.put("unitCode", null);
        publishRaw("session.sessions", "P9-null-codes", envelope("vn.tusoi.session.session.changed", nullCodes));
        String tooLong = p + ".D." + "G".repeat(300);
        publishRaw("org.units", tooLong,
                envelope("vn.tusoi.org.unit.changed", Map.of("code", tooLong, "name", "Quá dài", "kind",
                        "GRASSROOTS_COMMITTEE", "parentCode", p + ".D", "ancestors", List.of(p, p + ".D"), "version",
                        1)));
        // the consumer goes on: a session recorded after them reaches the roll-up
        session("1-KH/P9", p + ".D.G1", "HELD", "2023-08-01", 1);
        awaitProgress("1-KH%2FP9", p + ".D", "direct.held", 1);

        Map<String, String> reasons = new HashMap<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            reasons.clear();
            List<Map<String, Object>> letters = given().auth().oauth2(TestTokens.admin())
                    .get("/api/v1/dead-letters?status=DEAD&size=500").then().statusCode(200).extract()
                    .path("items");
            letters.stream().filter(l -> String.valueOf(l.get("key")).startsWith("P9"))
                    .forEach(l -> reasons.put((String) l.get("key"), (String) l.get("reason")));
            return reasons.size() == 4;
        });
        assertTrue(reasons.get("P9-truncated").startsWith("not JSON"), reasons.get("P9-truncated"));
        assertTrue(reasons.get(p + ".D.G2").contains("ancestors"), reasons.get(p + ".D.G2"));
        assertTrue(reasons.get("P9-null-codes").contains("campaignCode")
                && reasons.get("P9-null-codes").contains("unitCode"), reasons.get("P9-null-codes"));
        assertTrue(reasons.get(tooLong).contains("too long"), reasons.get(tooLong));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("tusoi_dead_letters_total{topic=\"org.units\"}"), "counted in a metric");
        // what the consumer applied, by topic, and its batches (the dashboard's and the alerts' metrics)
        assertTrue(Scrape.value("tusoi_events_applied_total{topic=\"org.units\"}") > 0, "applied, counted");
        assertTrue(Scrape.value("tusoi_rollup_batch_records_count") > 0, "batches measured");
        assertTrue(metrics.contains("tusoi_dead_letters_waiting "), "the letters waiting, a gauge");
        // published on the dead-letter topic, with the reason
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicRecords.all(StackTestResource.bootstrapServers(),
                "aggregation-service.dead-letters").stream().map(ConsumerRecord::value)
                .anyMatch(r -> r.contains("P9-null-codes") && r.contains("campaignCode")));

        // re-driven as it is, it still cannot be applied; with the producer's correction, it is
        long unitLetter = letterId(p + ".D.G2");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .post("/api/v1/dead-letters/" + unitLetter + "/redrive").then()
                .statusCode(422).body("detail", containsString("ancestors"));
        String corrected = envelope("vn.tusoi.org.unit.changed",
                Map.of("code", p + ".D.G2", "name", "Đảng bộ xã", "kind",
                        "GRASSROOTS_COMMITTEE", "parentCode", p + ".D", "ancestors", List.of(p, p + ".D"), "version",
                        1));
        // a "correction" about another unit, or an event of another topic, is refused and applies nothing
        String anotherUnit = corrected.replace(p + ".D.G2", p + ".D.G9");
        String anotherTopic = envelope("vn.tusoi.session.campaign.changed", Map.of("code", p + ".D.G2",
                "issuingUnitCode", p, "scopeKinds", List.of("GRASSROOTS_COMMITTEE"), "deadline", "2023-09-30",
                "version", 1));
        for (String foreign : List.of(anotherUnit, anotherTopic)) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(JSON.writeValueAsString(Map.of("payload", foreign)))
                    .post("/api/v1/dead-letters/" + unitLetter + "/redrive").then().statusCode(422)
                    .body("field", equalTo("payload"))
                    .body("type", equalTo("urn:tusoi:problem:dead-letter-correction-foreign"));
        }
        // nor a version the owner has not published: the letter is of version 1
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("payload", corrected.replace("\"version\":1",
                        "\"version\":2"))))
                .post("/api/v1/dead-letters/" + unitLetter + "/redrive").then().statusCode(422)
                .body("field", equalTo("payload"))
                .body("type", equalTo("urn:tusoi:problem:dead-letter-correction-ahead"));
        progress("1-KH%2FP9", p + ".D").body("direct.expected", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("payload", corrected)))
                .post("/api/v1/dead-letters/" + unitLetter + "/redrive").then().statusCode(200)
                .body("status", equalTo("REDRIVEN")).body("redrivenBy", equalTo("admin"));
        progress("1-KH%2FP9", p + ".D").body("direct.expected", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .post("/api/v1/dead-letters/" + unitLetter + "/redrive").then()
                .statusCode(409);
        given().auth().oauth2(TestTokens.token("o", p, "officer")).get("/api/v1/dead-letters").then()
                .statusCode(403);

        // a letter that cannot be read is bounded by what its owner published of the record: here version 2
        String g3 = p + ".D.G3";
        publishRaw("org.units", g3, "{\"specversion\":\"1.0\",\"data\":{\"code\":");
        Map<String, Object> unitG3 = new HashMap<>(Map.of("code", g3, "name", "Đảng bộ xã Ba", "kind",
                "GRASSROOTS_COMMITTEE", "parentCode", p + ".D", "ancestors", List.of(p, p + ".D"), "version", 2));
        publishRaw("org.units", g3, envelope("vn.tusoi.org.unit.changed", unitG3));
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/dead-letters?size=500").then().extract().<List<Map<String, Object>>>path("items")
                .stream().anyMatch(l -> g3.equals(l.get("key"))));
        long unreadable = letterId(g3);
        unitG3.put("version", 3);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("payload", envelope("vn.tusoi.org.unit.changed", unitG3))))
                .post("/api/v1/dead-letters/" + unreadable + "/redrive").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:dead-letter-correction-ahead"))
                .body("detail", containsString("owner's 2"));
        unitG3.put("version", 2);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("payload", envelope("vn.tusoi.org.unit.changed", unitG3))))
                .post("/api/v1/dead-letters/" + unreadable + "/redrive").then().statusCode(200);
    }

    private static long letterId(String key) {
        List<Map<String, Object>> letters = given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/dead-letters?size=500").then().extract().path("items");
        return letters.stream().filter(l -> key.equals(l.get("key"))).map(l -> ((Number) l.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    void aBatchWaitsWhileAnotherApplierHoldsTheLock() throws Exception {
        String p = "Q9";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        campaign("1-KH/Q9", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        awaitProgress("1-KH%2FQ9", p, "direct.expected", 1);
        try (Connection otherApplier = database.getConnection(); Statement lock = otherApplier.createStatement()) {
            // a rebuild's batch, or another replica's, in progress
            lock.execute("SELECT pg_advisory_lock(" + RollupEngine.APPLY_LOCK + ")");
            session("1-KH/Q9", p + ".G", "HELD", "2023-08-01", 1);
            Thread.sleep(1_500);
            progress("1-KH%2FQ9", p).body("direct.held", equalTo(0));
            lock.execute("SELECT pg_advisory_unlock(" + RollupEngine.APPLY_LOCK + ")");
        }
        awaitProgress("1-KH%2FQ9", p, "direct.held", 1);
    }
}
