package vn.tusoi.aggregation.rollup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.get;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.post;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import javax.sql.DataSource;
import vn.tusoi.testsupport.AuthorizationMatrix;
import vn.tusoi.testsupport.ServerSentEvents;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;
import vn.tusoi.testsupport.TopicRecords;

/**
 * Events go through the real broker into the consumer; each test uses its own campaign and subtree, and waits
 * (bounded) until the roll-up reads what a recount would give.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollupFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, File> CONTRACTS = Map.of(
            "org.units", new File("../organization-service/contracts/org.units.schema.json"),
            "session.campaigns", new File("../session-service/contracts/session.campaigns.schema.json"),
            "session.sessions", new File("../session-service/contracts/session.sessions.schema.json"),
            "session.self-reviews", new File("../session-service/contracts/session.self-reviews.schema.json"),
            "session.shortcomings", new File("../session-service/contracts/session.shortcomings.schema.json"),
            "session.indicators", new File("../session-service/contracts/session.indicators.schema.json"),
            "session.classifications", new File("../session-service/contracts/session.classifications.schema.json"),
            "session.actions", new File("../session-service/contracts/session.actions.schema.json"));
    /** The authorization matrix starts a rebuild (as the administrator may); the rebuild's own test comes last. */
    private static final int MATRIX = Integer.MAX_VALUE - 2;
    private static final int REBUILD = Integer.MAX_VALUE - 1;
    private static KafkaProducer<String, String> producer;

    @Inject
    DataSource database;

    @BeforeEach
    void connect() {
        RestAssured.urlEncodingEnabled = false;
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, StackTestResource.bootstrapServers());
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void directAndByKindCountsAcrossTheSubtree() {
        String p = "A1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".C1", "GRASSROOTS_CELL", List.of(p, p + ".D"), 1);
        unit(p + ".G1.1", "CELL", List.of(p, p + ".D", p + ".G1"), 1);
        unit(p + ".G1.2", "CELL", List.of(p, p + ".D", p + ".G1"), 1);
        campaign("1-KH/A1", p + ".D", List.of("GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL", "CELL"), "2023-09-30", 1);
        session("1-KH/A1", p + ".G1", "HELD", "2023-08-01", 1);
        session("1-KH/A1", p + ".G1.1", "HELD", "2023-10-05", 1);
        session("1-KH/A1", p + ".G2", "DRAFT", null, 1);

        awaitProgress("1-KH%2FA1", p + ".D", "direct.held", 1);
        progress("1-KH%2FA1", p + ".D")
                .body("direct.held", equalTo(1)).body("direct.expected", equalTo(3))
                .body("byKind.GRASSROOTS_COMMITTEE.held", equalTo(1))
                .body("byKind.GRASSROOTS_COMMITTEE.expected", equalTo(2))
                .body("byKind.CELL.held", equalTo(1)).body("byKind.CELL.expected", equalTo(2))
                .body("onTime", equalTo(1)).body("late", equalTo(1));
        progress("1-KH%2FA1", p + ".G1").body("direct.held", equalTo(1)).body("direct.expected", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FA1/laggards/" + p + ".D").then()
                .statusCode(200).body("total", equalTo(3))
                .body("items.unitCode", contains(p + ".C1", p + ".G1.2", p + ".G2"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FA1/progress/" + p + ".D/children")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.unitCode", contains(p + ".C1", p + ".G1", p + ".G2"))
                .body("items[1].direct.expected", equalTo(2))
                // each child's own part, which its roll-up (of the units under it) leaves out
                .body("items.self.inScope", contains(true, true, true))
                .body("items.self.held", contains(false, true, false))
                .body("items[1].self.heldOn", equalTo("2023-08-01"));
        // a roll-up read on its own has no such part
        progress("1-KH%2FA1", p + ".G1").body("self", nullValue());
        // the completion curve: one unit on 1 August, the second (late) on 5 October, of five
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FA1/progress/" + p + ".D/daily")
                .then().statusCode(200).body("expected", equalTo(5))
                .body("days.date", contains("2023-08-01", "2023-10-05"))
                .body("days.held", contains(1, 1)).body("days.cumulative", contains(1, 2));
    }

    @Test
    void duplicatesStaleVersionsAndEarlyEventsChangeNothing() {
        String p = "B1";
        // the session and the campaign arrive before the units they name
        session("1-KH/B1", p + ".G1", "HELD", "2023-08-01", 1);
        campaign("1-KH/B1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        unit(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        awaitProgress("1-KH%2FB1", p, "direct.held", 1);

        // replays: the same versions again, and an older one after a newer one
        session("1-KH/B1", p + ".G1", "HELD", "2023-08-01", 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        campaign("1-KH/B1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        session("1-KH/B1", p + ".G2", "HELD", "2023-08-02", 2);
        session("1-KH/B1", p + ".G2", "DRAFT", null, 1);
        awaitProgress("1-KH%2FB1", p, "direct.held", 2);
        progress("1-KH%2FB1", p).body("direct.expected", equalTo(2))
                .body("byKind.GRASSROOTS_COMMITTEE.held", equalTo(2));
    }

    @Test
    void aMovedUnitTakesItsCountsToItsNewAncestors() {
        String p = "C1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D1", "DISTRICT", List.of(p), 1);
        unit(p + ".D2", "DISTRICT", List.of(p), 1);
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D1"), 1);
        unit(p + ".G.1", "CELL", List.of(p, p + ".D1", p + ".G"), 1);
        campaign("1-KH/C1", p, List.of("GRASSROOTS_COMMITTEE", "CELL"), "2023-09-30", 1);
        session("1-KH/C1", p + ".G", "HELD", "2023-08-01", 1);
        session("1-KH/C1", p + ".G.1", "HELD", "2023-08-01", 1);
        awaitProgress("1-KH%2FC1", p + ".D1", "byKind.CELL.held", 1);
        String readerOfD1 = TestTokens.token("v", p + ".D1", "viewer");
        given().auth().oauth2(readerOfD1).get("/api/v1/campaigns/1-KH%2FC1/progress/" + p + ".G").then()
                .statusCode(200);

        // the subtree moves from D1 to D2: every unit in it is republished with its new ancestors
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D2"), 2);
        unit(p + ".G.1", "CELL", List.of(p, p + ".D2", p + ".G"), 2);
        awaitProgress("1-KH%2FC1", p + ".D2", "byKind.CELL.held", 1);
        // D1's reader read G's roll-up before (and it may be cached): G is no longer theirs to read
        given().auth().oauth2(readerOfD1).get("/api/v1/campaigns/1-KH%2FC1/progress/" + p + ".G").then()
                .statusCode(403);
        progress("1-KH%2FC1", p + ".D1").body("direct.expected", equalTo(0)).body("byKind.size()", equalTo(0));
        progress("1-KH%2FC1", p + ".D2").body("direct.held", equalTo(1))
                .body("byKind.GRASSROOTS_COMMITTEE.held", equalTo(1));
        progress("1-KH%2FC1", p).body("byKind.CELL.expected", equalTo(1))
                .body("byKind.GRASSROOTS_COMMITTEE.expected", equalTo(1));
    }

    @Test
    void aDissolvedUnitLeavesTheCounts() {
        String p = "E1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        unit(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        campaign("1-KH/E1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        awaitProgress("1-KH%2FE1", p, "direct.expected", 2);
        dissolve(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p), 2);
        awaitProgress("1-KH%2FE1", p, "direct.expected", 1);
    }

    @Test
    void aMergedUnitHasHeldTheCampaignWhenEveryPredecessorHad() {
        String p = "M1";
        unit(p, "PROVINCE", List.of(), 1);
        for (String code : List.of(".A", ".B", ".C", ".D")) {
            unit(p + code, "GRASSROOTS_COMMITTEE", List.of(p), 1);
        }
        campaign("1-KH/M1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        session("1-KH/M1", p + ".A", "HELD", "2023-08-01", 1);
        session("1-KH/M1", p + ".B", "HELD", "2023-08-02", 1);
        session("1-KH/M1", p + ".C", "HELD", "2023-08-03", 1);
        awaitProgress("1-KH%2FM1", p, "direct.held", 3);

        // A and B merge (both had held it); C and D merge (D had not)
        dissolve(p + ".A", "GRASSROOTS_COMMITTEE", List.of(p), 2);
        dissolve(p + ".B", "GRASSROOTS_COMMITTEE", List.of(p), 2);
        dissolve(p + ".C", "GRASSROOTS_COMMITTEE", List.of(p), 2);
        dissolve(p + ".D", "GRASSROOTS_COMMITTEE", List.of(p), 2);
        merged(p + ".AB", List.of(p + ".A", p + ".B"), p);
        merged(p + ".CD", List.of(p + ".C", p + ".D"), p);
        // the unit events come over three partitions: wait for the end state, not the first with 2 expected
        // (the counts alone can match before D's dissolution: AB held, D not yet gone, CD not yet there)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/campaigns/1-KH%2FM1/laggards/" + p).then()
                .body("items.unitCode", contains(p + ".CD")));
        awaitProgress("1-KH%2FM1", p, Map.of("direct.expected", 2, "direct.held", 1, "onTime", 1));
    }

    @Test
    void membersReviewedOfAllMembersAcrossTheSubtree() {
        String p = "W1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        cell(p + ".G.1", List.of(p, p + ".G"), 3);
        cell(p + ".G.2", List.of(p, p + ".G"), 2);
        campaign("1-KH/W1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        selfReview("1-KH/W1", "W-1", p + ".G.1", 1);
        selfReview("1-KH/W1", "W-2", p + ".G.1", 1);
        selfReview("1-KH/W1", "W-3", p + ".G.2", 1);
        awaitProgress("1-KH%2FW1", p, "members.reviewed", 3);
        progress("1-KH%2FW1", p).body("members.total", equalTo(5));
        progress("1-KH%2FW1", p + ".G").body("members.reviewed", equalTo(3)).body("members.total", equalTo(5));
        progress("1-KH%2FW1", p + ".G.1").body("members.reviewed", equalTo(2)).body("members.total", equalTo(3));

        // W-3 transferred to G.1 before writing again; a replayed older version changes nothing
        selfReview("1-KH/W1", "W-3", p + ".G.1", 2);
        selfReview("1-KH/W1", "W-1", p + ".G.1", 1);
        awaitProgress("1-KH%2FW1", p + ".G.1", "members.reviewed", 3);
        progress("1-KH%2FW1", p + ".G.2").body("members.reviewed", equalTo(0)).body("members.total", equalTo(2));
        progress("1-KH%2FW1", p).body("members.reviewed", equalTo(3));
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
        given().auth().oauth2(TestTokens.token("v", null, "viewer")).get(base + "/progress/" + p + ".D1").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.token("ht", p, "integration")).get(base + "/progress/" + p + ".D1").then()
                .statusCode(200);
    }

    @Test
    void shortcomingsByStatusAndAreaAndAttendanceAcrossTheSubtree() {
        String p = "S1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".D2", "DISTRICT", List.of(p), 1);
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".G.1", "CELL", List.of(p, p + ".D", p + ".G"), 1);
        String c = "1-KH/" + p;
        campaign(c, p, List.of("GRASSROOTS_COMMITTEE", "CELL"), "2023-09-30", 1);
        session(c, p + ".G", "HELD", "2023-08-01", 1, 30, 27);
        session(c, p + ".G.1", "HELD", "2023-08-02", 1, 12, 9);
        String first = shortcoming(c, p + ".G", "PARTY_BUILDING", "OPEN", 1);
        // overdue: an open shortcoming with an action past its due date and not done; an action that arrives before
        // its shortcoming counts once the shortcoming arrives
        String economy = UUID.randomUUID().toString();
        action(UUID.randomUUID().toString(), economy, "IN_PROGRESS", true, 1);
        shortcoming(c, p + ".G", "ECONOMY", "OPEN", 1, economy);
        String third = shortcoming(c, p + ".G.1", "PARTY_BUILDING", "OPEN", 1);
        // resolved later; then the first version again (redelivered) and a stale one change nothing
        shortcoming(c, p + ".G.1", "PARTY_BUILDING", "RESOLVED", 2, third);
        shortcoming(c, p + ".G.1", "PARTY_BUILDING", "OPEN", 1, third);
        shortcoming(c, p + ".G", "PARTY_BUILDING", "CARRIED_OVER", 2, first);
        shortcoming(c, p + ".G", "PARTY_BUILDING", "OPEN", 1, first);
        // not overdue: done though late, or the shortcoming is no longer open
        action(UUID.randomUUID().toString(), economy, "DONE", true, 1);
        action(UUID.randomUUID().toString(), third, "IN_PROGRESS", true, 1);

        awaitProgress("1-KH%2F" + p, p, "shortcomings.resolved", 1);
        awaitProgress("1-KH%2F" + p, p, "shortcomings.carriedOver", 1);
        for (String at : List.of(p, p + ".D")) {
            progress("1-KH%2F" + p, at).body("shortcomings.raised", equalTo(3)).body("shortcomings.open", equalTo(1))
                    .body("shortcomings.overdue", equalTo(1))
                    .body("shortcomings.resolved", equalTo(1)).body("shortcomings.carriedOver", equalTo(1))
                    .body("shortcomings.byArea.PARTY_BUILDING", equalTo(2))
                    .body("shortcomings.byArea.ECONOMY", equalTo(1))
                    .body("attendance.present", equalTo(36)).body("attendance.expected", equalTo(42))
                    .body("attendance.rate", equalTo(85.7f));
        }
        progress("1-KH%2F" + p, p + ".G.1").body("shortcomings.raised", equalTo(1))
                .body("attendance.rate", equalTo(75.0f));

        // the committee moves to the other district: its shortcomings and attendance go with it
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D2"), 2);
        unit(p + ".G.1", "CELL", List.of(p, p + ".D2", p + ".G"), 2);
        awaitProgress("1-KH%2F" + p, p + ".D2", "shortcomings.raised", 3);
        progress("1-KH%2F" + p, p + ".D").body("shortcomings.raised", equalTo(0))
                .body("attendance.expected", equalTo(0));
        progress("1-KH%2F" + p, p).body("shortcomings.raised", equalTo(3)).body("attendance.present", equalTo(36));
    }

    @Test
    void indicatorsMetAndTheGradesOfSubordinateUnitsForTheCampaignsYear() {
        String p = "I1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        String c = "1-KH/" + p;
        campaign(c, p, List.of("GRASSROOTS_COMMITTEE"), "2025-09-30", 1);
        indicators(p + ".G1", "2025", 3, 4, 1);
        indicators(p + ".G1", "2024", 0, 9, 1);
        indicators(p + ".G2", "2025", 2, 2, 2);
        indicators(p + ".G2", "2025", 0, 2, 1);
        classification(p + ".G1", 2025, "EXCELLENT", 3);
        classification(p + ".G2", 2025, null, 1);
        classification(p + ".G2", 2025, "GOOD", 2);
        classification(p + ".D", 2025, "EXCELLENT", 2);

        awaitProgress("1-KH%2F" + p, p + ".D", "grades.GOOD", 1);
        awaitProgress("1-KH%2F" + p, p + ".D", "indicators.total", 6);
        progress("1-KH%2F" + p, p + ".D").body("indicators.met", equalTo(5)).body("grades.EXCELLENT", equalTo(1))
                .body("grades.size()", equalTo(2));
        progress("1-KH%2F" + p, p).body("indicators.met", equalTo(5)).body("grades.GOOD", equalTo(1));
        // a unit's own grade is not among its subordinates'
        progress("1-KH%2F" + p, p + ".G1").body("indicators.total", equalTo(4)).body("grades.size()", equalTo(0));
    }

    @Test
    void eachChangeIsStreamedToReadersAndPublishedOnTheRollupTopic() throws Exception {
        String p = "L1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".D.G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        campaign("1-KH/L1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        awaitProgress("1-KH%2FL1", p + ".D", "direct.expected", 1);
        String stream = "/api/v1/campaigns/1-KH%2FL1/progress/" + p + ".D/stream";
        String officer = TestTokens.token("officer", p + ".D", "officer");
        // the stream opens with the roll-up as it is, then sends it again each time it changes
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> ServerSentEvents.awaitEvent(stream,
                officer, data -> data.contains("\"direct\":{\"held\":1"), Duration.ofSeconds(30)));
        Thread.sleep(1000);
        session("1-KH/L1", p + ".D.G", "HELD", "2023-08-01", 1);
        assertTrue(held.get(40, TimeUnit.SECONDS).contains("\"unitCode\":\"" + p + ".D\""));

        // outside subscribers read the same roll-up from the compacted rollup topic, keyed campaign|unit
        JsonNode published = null;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, StackTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "rollup-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("rollup"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (published == null && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = JSON.readTree(record.value());
                    if (record.key().equals("1-KH/L1|" + p + ".D") && event.at("/data/direct/held").asInt() == 1) {
                        assertThat(record.value(), matchesContract(new File("contracts/rollup.schema.json")));
                        published = event;
                    }
                }
            }
        }
        assertTrue(published != null, "no roll-up of " + p + ".D on the rollup topic");
        assertEquals("vn.tusoi.aggregation.rollup.changed", published.get("type").asText());
        assertEquals(1, published.at("/data/direct/expected").asInt());
        assertTrue(published.at("/data/self").isMissingNode(), "a unit's own part is for listings, not the event");
        // freshness (event time to applied) is measured for every event
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("tusoi_rollup_freshness_seconds{quantile=\"0.99\"") && metrics.contains(
                "tusoi_rollup_freshness_seconds_count"), "no freshness metric");
    }

    @Test
    void aClosedCampaignReadsAsItWasWhenClosedAfterTheTreeChanges() {
        String p = "K1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".D.G1", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".D.G2", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".E", "DISTRICT", List.of(p), 1);
        campaign("1-KH/K1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        session("1-KH/K1", p + ".D.G1", "HELD", "2023-08-01", 1);
        awaitProgress("1-KH%2FK1", p + ".D", "direct.held", 1);
        String frozen = "/api/v1/campaigns/1-KH%2FK1/progress/" + p + ".D/final";
        given().auth().oauth2(TestTokens.admin()).get(frozen).then().statusCode(404).body("field", equalTo("code"));

        closedCampaign("1-KH/K1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(TestTokens.admin()).get(frozen)
                .statusCode() == 200);
        // the tree changes after the close: G1 moves to district E, a new unit joins D
        unit(p + ".D.G1", "GRASSROOTS_COMMITTEE", List.of(p, p + ".E"), 2);
        unit(p + ".D.G3", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        awaitProgress("1-KH%2FK1", p + ".D", "direct.expected", 2);
        progress("1-KH%2FK1", p + ".D").body("direct.held", equalTo(0));
        progress("1-KH%2FK1", p + ".E").body("direct.held", equalTo(1));

        // as closed: D had held 1 of 2, E nothing; D's children then were G1 and G2
        given().auth().oauth2(TestTokens.token("v", p + ".D", "viewer")).get(frozen).then().statusCode(200)
                .body("direct.held", equalTo(1)).body("direct.expected", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FK1/progress/" + p + ".E/final")
                .then().statusCode(200).body("direct.expected", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).get(frozen + "/children").then().statusCode(200)
                .body("total", equalTo(2)).body("items.unitCode", contains(p + ".D.G1", p + ".D.G2"))
                .body("items.self.held", contains(true, false));
        // a reader of district E sees G1's frozen figure: G1 is in E now
        given().auth().oauth2(TestTokens.token("v", p + ".E", "viewer"))
                .get("/api/v1/campaigns/1-KH%2FK1/progress/" + p + ".D.G1/final").then().statusCode(200);
        given().auth().oauth2(TestTokens.token("v", p + ".E", "viewer")).get(frozen).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FK1/progress/" + p + ".D.G3/final")
                .then().statusCode(404).body("field", equalTo("unitCode"));
    }

    @Test
    void aReconciliationFindsNoDriftAndReportsACounterThatDiffersFromTheRecount() throws Exception {
        String p = "R1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".D.G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        cell(p + ".D.G.1", List.of(p, p + ".D", p + ".D.G"), 7);
        cell(p + ".D.G.2", List.of(p, p + ".D", p + ".D.G"), 5);
        campaign("1-KH/R1", p, List.of("GRASSROOTS_COMMITTEE", "CELL"), "2023-09-30", 1);
        session("1-KH/R1", p + ".D.G.1", "HELD", "2023-08-01", 1, 7, 6);
        shortcoming("1-KH/R1", p + ".D.G.1", "PARTY_BUILDING", "OPEN", 1);
        selfReview("1-KH/R1", "R1-0001", p + ".D.G.1", 1);
        indicators(p + ".D.G", "2023", 3, 4, 1);
        awaitProgress("1-KH%2FR1", p, "shortcomings.raised", 1);
        awaitProgress("1-KH%2FR1", p, "members.reviewed", 1);
        awaitProgress("1-KH%2FR1", p, "indicators.total", 4);
        String reconcile = "/api/v1/rollups/reconciliation?campaignCode=1-KH%2FR1";
        given().auth().oauth2(TestTokens.admin()).post(reconcile).then().statusCode(200)
                .body("units", equalTo(5)).body("drifted", equalTo(0)).body("counters", greaterThan(20));

        // a lost delta: the district's held cells counted one short
        String drift = "UPDATE rollup_counter SET value = value + ? WHERE campaign_code = '1-KH/R1'"
                + " AND unit_code = 'R1.D' AND counter = 'kind.CELL.held'";
        execute(drift, -1);
        try {
            given().auth().oauth2(TestTokens.admin()).post(reconcile).then().statusCode(200)
                    .body("drifted", equalTo(1)).body("drift[0].unitCode", equalTo("R1.D"))
                    .body("drift[0].counter", equalTo("kind.CELL.held"))
                    .body("drift[0].stored", equalTo(0)).body("drift[0].recounted", equalTo(1));
            assertTrue(given().get("/q/metrics").then().extract().asString()
                    .contains("tusoi_rollup_drift{campaign=\"1-KH/R1\"} 1.0"), "no drift gauge");
        } finally {
            execute(drift, 1);
        }
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/rollups/reconciliation?campaignCode=NOPE").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/rollups/reconciliation").then().statusCode(400)
                .body("field", equalTo("campaignCode"));
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
    }

    private static long letterId(String key) {
        List<Map<String, Object>> letters = given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/dead-letters?size=500").then().extract().path("items");
        return letters.stream().filter(l -> key.equals(l.get("key"))).map(l -> ((Number) l.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    private static String envelope(String type, Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                    "source", "/test", "type", type, "time", "2023-08-01T00:00:00Z", "data", data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record as a faulty producer would send it: no contract check. */
    private static void publishRaw(String topic, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
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

    @Test
    @Order(MATRIX)
    void noRoleReadsBeyondItsUnits() {
        for (String p : List.of("V3", "V4")) {
            unit(p, "PROVINCE", List.of(), 1);
            unit(p + ".D", "DISTRICT", List.of(p), 1);
            unit(p + ".D.G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
            cell(p + ".D.G.1", List.of(p, p + ".D", p + ".D.G"), 3);
            campaign("1-KH/" + p, p, List.of("CELL"), "2023-09-30", 1);
            awaitProgress("1-KH%2F" + p, p + ".D.G", "direct.expected", 1);
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
                .endpoint("POST /api/v1/rollups/reconciliation", Set.of("admin"),
                        (s, n) -> post("/api/v1/rollups/reconciliation?campaignCode=1-KH%2FV3", ""))
                .endpoint("POST /api/v1/rollups/rebuild", Set.of("admin"),
                        (s, n) -> post("/api/v1/rollups/rebuild", ""))
                .endpoint("GET /api/v1/rollups/rebuild", Set.of("admin"), (s, n) -> get("/api/v1/rollups/rebuild"))
                .endpoint("GET /api/v1/audit", Set.of("admin"), (s, n) -> get("/api/v1/audit?size=5"))
                .endpoint("GET /api/v1/dead-letters", Set.of("admin"), (s, n) -> get("/api/v1/dead-letters?size=5"))
                .endpoint("POST /api/v1/dead-letters/{id}/redrive", Set.of("admin"),
                        (s, n) -> post("/api/v1/dead-letters/999999999/redrive", "{}"));
        assertEquals(AuthorizationMatrix.documentedOperations(), matrix.operations());
        AuthorizationMatrix.assertPassed("aggregation-service authorization matrix",
                matrix.run(AuthorizationMatrix.everyRole("V3", "V3.D", "V3.D.G.1", "DV-3001")));
        AuthorizationMatrix.assertPassed("aggregation-service refused tokens", matrix.runRefused());
    }

    private static String target(AuthorizationMatrix.Scope scope, String what, String suffix) {
        return target(scope == AuthorizationMatrix.Scope.IN ? "V3" : "V4", what, suffix);
    }

    private static String target(String p, String what, String suffix) {
        return "/api/v1/campaigns/1-KH%2F" + p + what + p + ".D.G.1" + suffix;
    }

    /**
     * Everything this class published, read again from the beginning of the topics into emptied tables, gives every
     * counter, contribution and frozen roll-up the incremental processing gave.
     */
    @Test
    @Order(REBUILD)
    void aRebuildFromTheTopicsGivesExactlyTheIncrementalResult() throws Exception {
        // the matrix may have started one: let it finish, and let the consumer and the relay catch up
        awaitRebuildDone();
        Map<String, String> incremental = awaitStable();
        assertTrue(incremental.size() > 200, "too little to compare: " + incremental.size());
        assertTrue(incremental.keySet().stream().anyMatch(key -> key.startsWith("frozen|1-KH/K1|")));

        // another replica's rebuild is running (its row, heartbeat fresh): none starts here; once its heartbeat
        // is stale (its process died), a new one takes over
        execute("UPDATE rebuild_run SET state = 'RUNNING', heartbeat_at = now() WHERE id = 1");
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/rollups/rebuild").then().statusCode(409);
        execute("UPDATE rebuild_run SET heartbeat_at = now() - interval '1 hour' WHERE id = 1");
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/rollups/rebuild").then().statusCode(202)
                .body("state", equalTo("RUNNING")).body("requestedBy", equalTo("admin"));
        awaitRebuildDone();
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/rollups/rebuild").then().statusCode(200)
                .body("state", equalTo("DONE")).body("events", greaterThan(100));
        Map<String, String> rebuilt = awaitStable();
        assertEquals(incremental, rebuilt);
        progress("1-KH%2FK1", "K1.D").body("direct.expected", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FK1/progress/K1.D/final").then()
                .statusCode(200).body("direct.held", equalTo(1)).body("direct.expected", equalTo(2));
    }

    private static void awaitRebuildDone() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            var response = given().auth().oauth2(TestTokens.admin()).get("/api/v1/rollups/rebuild");
            return response.statusCode() == 404 || !"RUNNING".equals(response.path("state"));
        });
    }

    /** Every non-zero counter, every contribution and every frozen roll-up, once two readings a second apart agree. */
    private Map<String, String> awaitStable() throws Exception {
        Map<String, String> previous = Map.of();
        for (int attempt = 0; attempt < 60; attempt++) {
            Map<String, String> now = storedRollups();
            if (now.equals(previous) && outboxEmpty()) {
                return now;
            }
            previous = now;
            Thread.sleep(1000);
        }
        throw new AssertionError("the roll-ups did not settle");
    }

    private Map<String, String> storedRollups() throws Exception {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            read(statement, "SELECT 'counter|' || campaign_code || '|' || unit_code || '|' || counter, value::text"
                    + " FROM rollup_counter WHERE value <> 0", rows);
            read(statement, "SELECT 'contribution|' || campaign_code || '|' || unit_code, concat_ws('|', kind,"
                    + " in_scope, held, on_time, members, reviewed, tallies::text, held_on, grade, ancestors::text)"
                    + " FROM contribution", rows);
            read(statement, "SELECT 'frozen|' || campaign_code || '|' || unit_code, concat_ws('|', parent_code,"
                    + " ancestors::text, frozen_at, view::text) FROM frozen_rollup", rows);
        }
        return rows;
    }

    private static void read(Statement statement, String sql, Map<String, String> rows) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
    }

    private boolean outboxEmpty() throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM outbox_event")) {
            result.next();
            return result.getLong(1) == 0;
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private void execute(String sql, int amount) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, amount);
            statement.executeUpdate();
        }
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

    private static ValidatableResponse progress(String campaignPath, String unit) {
        return given().auth().oauth2(TestTokens.token("v", unit, "viewer"))
                .get("/api/v1/campaigns/" + campaignPath + "/progress/" + unit).then().statusCode(200);
    }

    private static void awaitProgress(String campaignPath, String unit, Map<String, Integer> figures) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().auth().oauth2(TestTokens.admin())
                    .get("/api/v1/campaigns/" + campaignPath + "/progress/" + unit);
            return response.statusCode() == 200 && figures.entrySet().stream()
                    .allMatch(figure -> figure.getValue().equals(response.path(figure.getKey())));
        });
    }

    private static void awaitProgress(String campaignPath, String unit, String field, int expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().auth().oauth2(TestTokens.admin())
                    .get("/api/v1/campaigns/" + campaignPath + "/progress/" + unit);
            if (response.statusCode() != 200) {
                return false;
            }
            Integer value = response.path(field);
            return value != null && value == expected;
        });
    }

    private static void unit(String code, String kind, List<String> ancestors, long version) {
        publishUnit(code, kind, ancestors, version, Map.of());
    }

    private static void dissolve(String code, String kind, List<String> ancestors, long version) {
        publishUnit(code, kind, ancestors, version, Map.of("validTo", LocalDate.now().toString()));
    }

    private static void cell(String code, List<String> ancestors, int members) {
        publishUnit(code, "CELL", ancestors, 1, Map.of("memberCount", members));
    }

    private static void merged(String code, List<String> predecessors, String parent) {
        publishUnit(code, "GRASSROOTS_COMMITTEE", List.of(parent), 1, Map.of("predecessors", predecessors));
    }

    /** A unit event as organization-service publishes it, with the given fields beyond the usual ones. */
    private static void publishUnit(String code, String kind, List<String> ancestors, long version,
            Map<String, Object> extra) {
        Map<String, Object> data = new HashMap<>(extra);
        data.put("code", code);
        data.put("name", "Đảng bộ " + code);
        data.put("kind", kind);
        data.put("parentCode", ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1));
        data.put("ancestors", ancestors);
        data.put("version", version);
        publish("org.units", code, "vn.tusoi.org.unit.changed", data);
    }

    private static void selfReview(String campaign, String registryNo, String unit, long version) {
        publish("session.self-reviews", campaign + "|" + registryNo, "vn.tusoi.session.self-review.changed",
                Map.of("campaignCode", campaign, "registryNo", registryNo, "unitCode", unit, "stage",
                        "SELF_ASSESSED", "selfGrade", "GOOD", "manifestationsFound", 0, "version", version));
    }

    private static void campaign(String code, String issuer, List<String> kinds, String deadline, long version) {
        publish("session.campaigns", code, "vn.tusoi.session.campaign.changed", Map.of("code", code,
                "issuingUnitCode", issuer, "scopeKinds", kinds, "deadline", deadline, "version", version));
    }

    private static void closedCampaign(String code, String issuer, List<String> kinds, String deadline,
            long version) {
        publish("session.campaigns", code, "vn.tusoi.session.campaign.changed", Map.of("code", code,
                "issuingUnitCode", issuer, "scopeKinds", kinds, "deadline", deadline, "status", "CLOSED", "version",
                version));
    }

    private static void session(String campaign, String unit, String status, String heldOn, long version) {
        session(campaign, unit, status, heldOn, version, null, null);
    }

    private static void session(String campaign, String unit, String status, String heldOn, long version,
            Integer expected, Integer present) {
        String id = UUID.nameUUIDFromBytes((campaign + "|" + unit).getBytes()).toString();
        Map<String, Object> data = new HashMap<>(Map.of("id", id, "campaignCode", campaign, "unitCode", unit,
                "status", status, "version", version));
        data.put("heldOn", heldOn);
        data.put("attendanceExpected", expected);
        data.put("attendancePresent", present);
        publish("session.sessions", id, "vn.tusoi.session.session.changed", data);
    }

    private static void action(String id, String shortcomingId, String status, boolean overdue, long version) {
        publish("session.actions", id, "vn.tusoi.session.action.changed", Map.of("id", id, "shortcomingId",
                shortcomingId, "unitCode", "-", "status", status, "dueOn", "2023-07-31", "overdue", overdue,
                "version", version));
    }

    private static void indicators(String unit, String period, int met, int total, long version) {
        publish("session.indicators", unit + "|" + period, "vn.tusoi.session.indicators.changed",
                Map.of("unitCode", unit, "period", period, "indicators", List.of(), "met", met, "total", total,
                        "version", version));
    }

    private static void classification(String unit, int year, String decided, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("unitCode", unit, "year", year, "stage",
                decided == null ? "SELF_ASSESSED" : "DECIDED", "selfGrade", "GOOD", "version", version));
        data.put("decidedGrade", decided);
        publish("session.classifications", unit + "|" + year, "vn.tusoi.session.classification.changed", data);
    }

    /** A new shortcoming; returns its id. */
    private static String shortcoming(String campaign, String unit, String area, String status, long version) {
        return shortcoming(campaign, unit, area, status, version, UUID.randomUUID().toString());
    }

    private static String shortcoming(String campaign, String unit, String area, String status, long version,
            String id) {
        String session = UUID.nameUUIDFromBytes((campaign + "|" + unit).getBytes()).toString();
        Map<String, Object> data = new HashMap<>(Map.of("id", id, "sessionId", session, "campaignCode", campaign,
                "unitCode", unit, "area", area, "status", status, "actionsTotal", 1,
                "actionsVerified", status.equals("RESOLVED") ? 1 : 0, "version", version));
        data.put("carriedFromId", null);
        publish("session.shortcomings", id, "vn.tusoi.session.shortcoming.changed", data);
        return id;
    }

    private static void publish(String topic, String key, String type, Map<String, Object> data) {
        try {
            String event = JSON.writeValueAsString(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                    "source", "/test", "type", type, "time", "2023-08-01T00:00:00Z", "data", data));
            // the consumer's side of the contracts: these events are what the producers document they publish
            assertThat(event, matchesContract(CONTRACTS.get(topic)));
            producer.send(new ProducerRecord<>(topic, key, event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
