package vn.tusoi.aggregation.read;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.aggregation.rollup.FlowFixture.JSON;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.cell;
import static vn.tusoi.aggregation.rollup.FlowFixture.classification;
import static vn.tusoi.aggregation.rollup.FlowFixture.closedCampaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.envelope;
import static vn.tusoi.aggregation.rollup.FlowFixture.indicators;
import static vn.tusoi.aggregation.rollup.FlowFixture.progress;
import static vn.tusoi.aggregation.rollup.FlowFixture.publishRaw;
import static vn.tusoi.aggregation.rollup.FlowFixture.selfReview;
import static vn.tusoi.aggregation.rollup.FlowFixture.session;
import static vn.tusoi.aggregation.rollup.FlowFixture.shortcoming;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.get;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import vn.tusoi.aggregation.events.FrozenRollup;
import vn.tusoi.aggregation.events.RollupChanged;
import vn.tusoi.testsupport.ServerSentEvents;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** Each committed roll-up on the stream and the rollup topic; a closed campaign's roll-ups frozen as they were. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class PublishedRollupsTest {

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    @Test
    void eachChangeIsStreamedToReadersAndPublishedOnTheRollupTopic() throws Exception {
        String p = "L1";
        assertTrue(heldOnTheStream(p).contains("\"unitCode\":\"" + p + ".D\""));

        // outside subscribers read the same roll-up from the compacted rollup topic, keyed campaign|unit
        JsonNode published = null;
        try (KafkaConsumer<String, String> consumer = fromTheStart()) {
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
        // and its second leg, from each record's send by its producer to its batch applied
        assertTrue(metrics.contains("tusoi_rollup_since_sent_seconds{quantile=\"0.99\"") && metrics.contains(
                "tusoi_rollup_since_sent_seconds_count"), "no metric from a record's send to its roll-up");
    }

    /**
     * Another replica's commit reaches this one's streams through the rollup topic: here it is published as that
     * replica's relay would, after a record the feed cannot read, which it skips.
     */
    @Test
    void aRollupAnotherReplicaCommittedReachesTheStreamsHere() throws Exception {
        String p = "G7";
        // this replica's own commit comes the same way (the topic), once the feed has its partitions
        ObjectNode committed = (ObjectNode) JSON.readTree(heldOnTheStream(p));
        String stream = "/api/v1/campaigns/1-KH%2FG7/progress/" + p + ".D/stream";
        String officer = TestTokens.token("officer", p + ".D", "officer");

        CompletableFuture<String> other = CompletableFuture.supplyAsync(() -> ServerSentEvents.awaitEvent(stream,
                officer, data -> data.contains("\"held\":7"), Duration.ofSeconds(20)));
        Thread.sleep(1000);
        publishRaw(RollupChanged.TOPIC, "1-KH/G7|" + p + ".D", "{not a roll-up");
        ((ObjectNode) committed.get("direct")).put("held", 7).put("expected", 9);
        committed.put("asOf", OffsetDateTime.now(ZoneOffset.UTC).toString());
        long sent = System.nanoTime();
        publishRaw(RollupChanged.TOPIC, "1-KH/G7|" + p + ".D", envelope(RollupChanged.TYPE,
                JSON.convertValue(committed, Map.class)));
        JsonNode seen = JSON.readTree(other.get(30, TimeUnit.SECONDS));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        assertEquals(9, seen.at("/direct/expected").asInt());
        // the bound the README states for a roll-up committed elsewhere to reach a stream here
        assertTrue(millis <= RollupFeed.STALENESS_BOUND.toMillis(), "reached the stream after " + millis + " ms");
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

    /**
     * Every figure frozen at the close is the one the live roll-up showed just before it: at each unit (its own part
     * apart, which only a listing of children carries) and in a listing of children (own parts included).
     */
    @Test
    void theFrozenFiguresAreTheLiveOnesOfTheMomentOfClosing() throws Exception {
        String p = "KF";
        String campaign = "1-KH/KF";
        String path = "1-KH%2FKF";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        List<String> committees = List.of(p + ".D.G1", p + ".D.G2", p + ".D.G3");
        committees.forEach(code -> unit(code, "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1));
        cell(p + ".D.G1.C1", List.of(p, p + ".D", p + ".D.G1"), 12);
        campaign(campaign, p, List.of("GRASSROOTS_COMMITTEE", "CELL"), "2023-09-30", "2023", 1);
        session(campaign, p + ".D.G1", "HELD", "2023-08-01", 1, 30, 27);
        session(campaign, p + ".D.G2", "HELD", "2023-10-05", 1, 20, 15);
        session(campaign, p + ".D.G1.C1", "HELD", "2023-09-01", 1, 12, 12);
        shortcoming(campaign, p + ".D.G1", "PARTY_BUILDING", "OPEN", 1);
        shortcoming(campaign, p + ".D.G2", "ECONOMY", "RESOLVED", 1);
        classification(p + ".D.G2", "2023", "GOOD", 1);
        indicators(p + ".D.G1", "2023", 3, 5, 1);
        selfReview(campaign, "KF-001", p + ".D.G1.C1", "EXCELLENT", 1);
        awaitProgress(path, p, Map.of("direct.held", 0, "byKind.CELL.held", 1, "members.reviewed", 1,
                "shortcomings.raised", 2, "indicators.total", 5, "grades.GOOD", 1));
        List<String> units = List.of(p, p + ".D", p + ".D.G1", p + ".D.G2", p + ".D.G3", p + ".D.G1.C1");
        Map<String, JsonNode> live = new HashMap<>();
        for (String unit : units) {
            live.put(unit, JSON.readTree(progress(path, unit).extract().asString()));
            live.put(unit + "/children", JSON.readTree(given().auth().oauth2(TestTokens.admin())
                    .get("/api/v1/campaigns/" + path + "/progress/" + unit + "/children").then().statusCode(200)
                    .extract().asString()).get("items"));
        }

        closedCampaign(campaign, p, List.of("GRASSROOTS_COMMITTEE", "CELL"), "2023-09-30", 2);
        String finalPath = "/api/v1/campaigns/" + path + "/progress/" + p + "/final";
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(TestTokens.admin()).get(finalPath)
                .statusCode() == 200);
        for (String unit : units) {
            ObjectNode frozen = (ObjectNode) JSON.readTree(given().auth().oauth2(TestTokens.admin())
                    .get("/api/v1/campaigns/" + path + "/progress/" + unit + "/final").then().statusCode(200)
                    .extract().asString());
            frozen.remove("self");
            assertEquals(live.get(unit), frozen, unit);
            JsonNode frozenChildren = JSON.readTree(given().auth().oauth2(TestTokens.admin())
                    .get("/api/v1/campaigns/" + path + "/progress/" + unit + "/final/children").then()
                    .statusCode(200).extract().asString()).get("items");
            assertEquals(live.get(unit + "/children"), frozenChildren, unit + "'s children");
        }
        // and each frozen roll-up is published on rollup.frozen, a CloudEvent around the same figures
        JsonNode event = null;
        try (KafkaConsumer<String, String> consumer = fromTheStart()) {
            consumer.subscribe(List.of(FrozenRollup.TOPIC));
            long deadline = System.currentTimeMillis() + 20_000;
            while (event == null && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().equals(campaign + "|" + p + ".D")) {
                        event = JSON.readTree(record.value());
                    }
                }
            }
        }
        assertTrue(event != null, "no frozen roll-up of " + p + ".D on " + FrozenRollup.TOPIC);
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals(36, UUID.fromString(event.get("id").asText()).toString().length());
        assertEquals("/aggregation-service", event.get("source").asText());
        assertEquals(FrozenRollup.TYPE, event.get("type").asText());
        assertEquals(campaign + "|" + p + ".D", event.get("subject").asText());
        assertTrue(OffsetDateTime.parse(event.get("time").asText()).isAfter(OffsetDateTime.now().minusMinutes(5)));
        assertEquals("application/json", event.get("datacontenttype").asText());
        assertEquals(List.of(p), JSON.convertValue(event.at("/data/ancestors"), List.class));
        ObjectNode view = (ObjectNode) event.at("/data/view");
        view.remove("self");
        assertEquals(live.get(p + ".D"), view);
    }

    /**
     * A province {@code p} with a district and a committee, a campaign {@code 1-KH/p} for committees, a stream of the
     * district's roll-up opened, then the committee's session held: what the stream sends of it.
     */
    @Test
    void aStreamEndsWithItsTokenAndACallerHoldsAFewAtOnce() throws Exception {
        String p = "S9";
        provinceWithCampaign(p);
        String stream = "/api/v1/campaigns/1-KH%2F" + p + "/progress/" + p + ".D/stream";

        // opened with a token that expires in 3 s: the roll-up, then the end, well before the reader's 30 s
        long opened = System.nanoTime();
        HttpResponse<InputStream> expiring = openStream(stream, TestTokens.expiringIn(3, "brief", p + ".D",
                "officer"));
        assertEquals(200, expiring.statusCode());
        String read = new String(expiring.body().readAllBytes(), StandardCharsets.UTF_8);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - opened);
        assertTrue(read.contains("\"unitCode\":\"" + p + ".D\""), read);
        assertTrue(seconds < 15, "the stream outlived its token by " + seconds + " s");

        // a caller holds at most rollups.streams.per-caller (4 in the tests) at once; one more is a 429
        String many = TestTokens.token("many.streams", p + ".D", "officer");
        List<HttpResponse<InputStream>> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(openStream(stream, many));
            assertEquals(200, held.get(i).statusCode());
        }
        HttpResponse<InputStream> refused = openStream(stream, many);
        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertTrue(new String(refused.body().readAllBytes(), StandardCharsets.UTF_8).contains("rate-limited"));
        assertEquals(200, openStream(stream, TestTokens.token("other.reader", p + ".D", "officer")).statusCode());
        held.get(0).body().close();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<InputStream> again = openStream(stream, many);
            if (again.statusCode() == 200) {
                held.add(again);
                return true;
            }
            again.body().close();
            return false;
        });
        for (HttpResponse<InputStream> open : held) {
            open.body().close();
        }
    }

    /** A consumer of a group of its own, reading each topic it subscribes to from the start. */
    private static KafkaConsumer<String, String> fromTheStart() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                StackTestResource.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer());
    }

    private static HttpResponse<InputStream> openStream(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":"
                + RestAssured.port + path)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Province p with district p.D and its committee p.D.G, and campaign 1-KH/p for its committees. */
    private static void provinceWithCampaign(String p) throws Exception {
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".D.G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        campaign("1-KH/" + p, p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        awaitProgress("1-KH%2F" + p, p + ".D", "direct.expected", 1);
    }

    private static String heldOnTheStream(String p) throws Exception {
        provinceWithCampaign(p);
        String stream = "/api/v1/campaigns/1-KH%2F" + p + "/progress/" + p + ".D/stream";
        String officer = TestTokens.token("officer", p + ".D", "officer");
        // the stream opens with the roll-up as it is, then sends it again each time it changes
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> ServerSentEvents.awaitEvent(stream,
                officer, data -> data.contains("\"direct\":{\"held\":1"), Duration.ofSeconds(40)));
        Thread.sleep(1000);
        session("1-KH/" + p, p + ".D.G", "HELD", "2023-08-01", 1);
        return held.get(50, TimeUnit.SECONDS);
    }
}
