package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * One row the broker refuses for good (a record over the producer's 1 MB, a topic name the broker rejects) is set
 * aside and every later event goes out; the later events of its entity wait with it; an administrator lists and
 * re-sends them; the gauges show it.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class OutboxRefusalTest {

    private static final String LARGE = "OR-LARGE";
    /** How much of a refused event the list shows (OutboxRefusals.SHOWN_CHARACTERS). */
    private static final int OUTBOX_SHOWN = 2_000;

    @Inject
    DataSource database;

    @Test
    void aRowTheBrokerRefusesIsSetAsideAndTheRestGoesOn() throws Exception {
        long large = insert("org.units", LARGE, "{\"n\":1,\"padding\":\"" + "x".repeat(1_200_000) + "\"}");
        Map<String, Object> refused = awaitRefused(large);
        assertTrue(((String) refused.get("reason")).contains("RecordTooLarge"), refused.toString());
        assertEquals(false, refused.get("superseded"));
        assertEquals(OUTBOX_SHOWN, ((String) refused.get("cloudEvent")).length());

        // every later event goes out: a unit created now reaches its topic
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                [{"code":"OR1","name":"Đảng bộ tỉnh thử gửi","kind":"PROVINCE"}]""")
                .post("/api/v1/units/import").then().statusCode(200).body("created", equalTo(1));
        Broker.firstRecord("org.units", "OR1", "/data/code", "OR1");

        // a later event of the refused entity waits with it; a row for a topic the broker rejects is set aside too
        long follower = insert("org.units", LARGE, "{\"n\":2}");
        assertTrue(((String) awaitRefused(follower).get("reason")).contains("waits behind"));
        long badTopic = insert("bad topic!", "OR-BADTOPIC", "{\"n\":1}");
        assertTrue(((String) awaitRefused(badTopic).get("reason")).contains("InvalidTopic"));

        awaitMetricAtLeast("tusoi_outbox_refused", 3);
        awaitMetricAtLeast("tusoi_outbox_set_aside_total{topic=\"org.units\"}", 2);
        // the rows the broker took, by topic; the relay's failed runs, shown from the start
        awaitMetricAtLeast("tusoi_outbox_sent_total{topic=\"org.units\"}", 1);
        awaitMetricAtLeast("tusoi_outbox_batch_rows_count", 1);
        awaitMetricAtLeast("tusoi_outbox_send_failures_total", 0);
        assertTrue(metrics().contains("tusoi_outbox_oldest_age_seconds"));

        // re-sent: both go back in their order; the large one is refused again, the newer one is delivered, so the
        // large one is marked superseded and is not re-sent again
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/outbox/refused/" + large + "/resend").then()
                .statusCode(200).body("events", equalTo(2));
        Broker.firstRecord("org.units", LARGE, "/n", "2");
        long deadline = System.currentTimeMillis() + 20_000;
        while (!Boolean.TRUE.equals(find(large).map(r -> r.get("superseded")).orElse(null))) {
            assertTrue(System.currentTimeMillis() < deadline, "not superseded: " + find(large));
            Thread.sleep(200);
        }
        assertTrue(find(follower).isEmpty(), "the delivered event is no longer set aside");
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/outbox/refused/" + large + "/resend").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:tusoi:problem:outbox-event-superseded"));
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/outbox/refused/999999999/resend").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.token("o", "OR1", "officer")).get("/api/v1/outbox/refused").then()
                .statusCode(403);
        // the outbox itself is not held: the service is ready and its relay empties it
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }

    /** The relay's wait is from the transaction that wrote a row: a row written 30 s ago has waited that long. */
    @Test
    void theOutboxWaitIsMeasuredFromTheRowsTransaction() throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event (topic,"
                        + " message_key, cloud_event, created_at) VALUES ('org.units', 'OR-LATE', '{\"n\":1}',"
                        + " now() - interval '30 seconds')")) {
            insert.executeUpdate();
        }
        Broker.firstRecord("org.units", "OR-LATE", "/n", "1");
        awaitMetricAtLeast("tusoi_outbox_wait_seconds_max", 30);
        assertTrue(metrics().contains("tusoi_outbox_wait_seconds{quantile=\"0.99\"}"), "no quantiles of the wait");
    }

    private long insert(String topic, String key, String cloudEvent) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO outbox_event (topic, message_key, cloud_event) VALUES (?, ?, ?) RETURNING seq")) {
            insert.setString(1, topic);
            insert.setString(2, key);
            insert.setString(3, cloudEvent);
            try (ResultSet seq = insert.executeQuery()) {
                seq.next();
                return seq.getLong(1);
            }
        }
    }

    private static Map<String, Object> awaitRefused(long seq) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<Map<String, Object>> found = find(seq);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("outbox event " + seq + " was not set aside");
    }

    private static Optional<Map<String, Object>> find(long seq) {
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/outbox/refused?size=100").then().statusCode(200).extract().path("items");
        return items.stream().filter(item -> ((Number) item.get("seq")).longValue() == seq).findFirst();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static void awaitMetricAtLeast(String series, double least) throws InterruptedException {
        Pattern line = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.E+]+)$", Pattern.MULTILINE);
        long deadline = System.currentTimeMillis() + 20_000;
        double value = -1;
        while (System.currentTimeMillis() < deadline) {
            Matcher found = line.matcher(metrics());
            value = found.find() ? Double.parseDouble(found.group(1)) : -1;
            if (value >= least) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(series + " is " + value + ", expected at least " + least);
    }
}
