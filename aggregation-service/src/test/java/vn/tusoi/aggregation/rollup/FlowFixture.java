package vn.tusoi.aggregation.rollup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.get;
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
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.ValidatableResponse;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * What the roll-up flow tests share: events published through the real broker as their producers document them,
 * bounded waits for a roll-up to read a figure, and the stored roll-ups read straight from the database.
 */
public final class FlowFixture {

    public static final ObjectMapper JSON = new ObjectMapper();

    public static final Map<String, File> CONTRACTS = Map.of(
            "org.units", new File("../organization-service/contracts/org.units.schema.json"),
            "session.campaigns", new File("../session-service/contracts/session.campaigns.schema.json"),
            "session.sessions", new File("../session-service/contracts/session.sessions.schema.json"),
            "session.self-reviews", new File("../session-service/contracts/session.self-reviews.schema.json"),
            "session.shortcomings", new File("../session-service/contracts/session.shortcomings.schema.json"),
            "session.indicators", new File("../session-service/contracts/session.indicators.schema.json"),
            "session.classifications", new File("../session-service/contracts/session.classifications.schema.json"),
            "session.actions", new File("../session-service/contracts/session.actions.schema.json"));

    public static String envelope(String type, Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                    "source", "/test", "type", type, "time", "2023-08-01T00:00:00Z", "data", data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record as a faulty producer would send it: no contract check. */
    public static void publishRaw(String topic, String key, String value) throws Exception {
        producer().send(new ProducerRecord<>(topic, key, value)).get();
    }

    public static void awaitRebuildDone() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            var response = given().auth().oauth2(TestTokens.admin()).get("/api/v1/rollups/rebuild");
            return response.statusCode() == 404 || !"RUNNING".equals(response.path("state"));
        });
    }

    /** Every non-zero counter, every contribution and every frozen roll-up, once two readings a second apart agree. */
    public static Map<String, String> awaitStable(DataSource database) throws Exception {
        Map<String, String> previous = Map.of();
        for (int attempt = 0; attempt < 60; attempt++) {
            Map<String, String> now = storedRollups(database);
            if (now.equals(previous) && outboxEmpty(database)) {
                return now;
            }
            previous = now;
            Thread.sleep(1000);
        }
        throw new AssertionError("the roll-ups did not settle");
    }

    public static Map<String, String> storedRollups(DataSource database) throws Exception {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            read(statement, "SELECT 'counter|' || campaign_code || '|' || unit_code || '|' || counter, value::text"
                    + " FROM rollup_counter WHERE value <> 0", rows);
            read(statement, "SELECT 'contribution|' || campaign_code || '|' || unit_code, concat_ws('|', kind,"
                    + " in_scope, held, on_time, members, reviewed, tallies::text, held_on, grade, ancestors::text)"
                    + " FROM contribution", rows);
            read(statement, "SELECT 'frozen|' || campaign_code || '|' || unit_code, concat_ws('|', parent_code,"
                    + " ancestors::text, frozen_at, rollup) FROM frozen_rollup", rows);
        }
        return rows;
    }

    public static void read(Statement statement, String sql, Map<String, String> rows) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
    }

    public static boolean outboxEmpty(DataSource database) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM outbox_event")) {
            result.next();
            return result.getLong(1) == 0;
        }
    }

    public static void execute(DataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    public static void execute(DataSource database, String sql, int amount) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, amount);
            statement.executeUpdate();
        }
    }

    public static ValidatableResponse progress(String campaignPath, String unit) {
        return given().auth().oauth2(TestTokens.token("v", unit, "viewer"))
                .get("/api/v1/campaigns/" + campaignPath + "/progress/" + unit).then().statusCode(200);
    }

    public static void awaitProgress(String campaignPath, String unit, Map<String, Integer> figures) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().auth().oauth2(TestTokens.admin())
                    .get("/api/v1/campaigns/" + campaignPath + "/progress/" + unit);
            return response.statusCode() == 200 && figures.entrySet().stream()
                    .allMatch(figure -> figure.getValue().equals(response.path(figure.getKey())));
        });
    }

    public static void awaitProgress(String campaignPath, String unit, String field, int expected) {
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

    public static void unit(String code, String kind, List<String> ancestors, long version) {
        publishUnit(code, kind, ancestors, version, Map.of());
    }

    public static void dissolve(String code, String kind, List<String> ancestors, long version) {
        publishUnit(code, kind, ancestors, version, Map.of("validTo", LocalDate.now().toString()));
    }

    public static void cell(String code, List<String> ancestors, int members) {
        publishUnit(code, "CELL", ancestors, 1, Map.of("memberCount", members));
    }

    public static void merged(String code, List<String> predecessors, String parent) {
        publishUnit(code, "GRASSROOTS_COMMITTEE", List.of(parent), 1, Map.of("predecessors", predecessors));
    }

    /** A unit event as organization-service publishes it, with the given fields beyond the usual ones. */
    public static void publishUnit(String code, String kind, List<String> ancestors, long version,
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

    public static void selfReview(String campaign, String registryNo, String unit, long version) {
        selfReview(campaign, registryNo, unit, null, version);
    }

    /** A member's self-review, decided at the grade given (null: only self-assessed). */
    public static void selfReview(String campaign, String registryNo, String unit, String decided, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("campaignCode", campaign, "registryNo", registryNo,
                "unitCode", unit, "stage", decided == null ? "SELF_ASSESSED" : "DECIDED", "selfGrade", "GOOD",
                "manifestationsFound", 0, "version", version));
        data.put("proposedGrade", decided);
        data.put("decidedGrade", decided);
        publish("session.self-reviews", campaign + "|" + registryNo, "vn.tusoi.session.self-review.changed", data);
    }

    public static void campaign(String code, String issuer, List<String> kinds, String deadline, long version) {
        publish("session.campaigns", code, "vn.tusoi.session.campaign.changed", Map.of("code", code,
                "issuingUnitCode", issuer, "scopeKinds", kinds, "deadline", deadline, "version", version));
    }

    /** A campaign whose grades are for the period named. */
    public static void campaign(String code, String issuer, List<String> kinds, String deadline, String gradingPeriod,
            long version) {
        publish("session.campaigns", code, "vn.tusoi.session.campaign.changed", Map.of("code", code,
                "issuingUnitCode", issuer, "scopeKinds", kinds, "deadline", deadline, "gradingPeriod", gradingPeriod,
                "version", version));
    }

    public static void closedCampaign(String code, String issuer, List<String> kinds, String deadline,
            long version) {
        publish("session.campaigns", code, "vn.tusoi.session.campaign.changed", Map.of("code", code,
                "issuingUnitCode", issuer, "scopeKinds", kinds, "deadline", deadline, "status", "CLOSED", "version",
                version));
    }

    public static void session(String campaign, String unit, String status, String heldOn, long version) {
        session(campaign, unit, status, heldOn, version, null, null);
    }

    public static void session(String campaign, String unit, String status, String heldOn, long version,
            Integer expected, Integer present) {
        String id = UUID.nameUUIDFromBytes((campaign + "|" + unit).getBytes()).toString();
        Map<String, Object> data = new HashMap<>(Map.of("id", id, "campaignCode", campaign, "unitCode", unit,
                "status", status, "version", version));
        data.put("heldOn", heldOn);
        data.put("attendanceExpected", expected);
        data.put("attendancePresent", present);
        publish("session.sessions", id, "vn.tusoi.session.session.changed", data);
    }

    public static void action(String id, String shortcomingId, String status, boolean overdue, long version) {
        publish("session.actions", id, "vn.tusoi.session.action.changed", Map.of("id", id, "shortcomingId",
                shortcomingId, "unitCode", "-", "status", status, "dueOn", "2023-07-31", "overdue", overdue,
                "version", version));
    }

    public static void indicators(String unit, String period, int met, int total, long version) {
        publish("session.indicators", unit + "|" + period, "vn.tusoi.session.indicators.changed",
                Map.of("unitCode", unit, "period", period, "indicators", List.of(), "met", met, "total", total,
                        "version", version));
    }

    /** A classification for a period (2025, 2025-Q3, ...): its year too when the period is one. */
    public static void classification(String unit, String period, String decided, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("unitCode", unit, "period", period, "stage",
                decided == null ? "SELF_ASSESSED" : "DECIDED", "selfGrade", "GOOD", "version", version));
        data.put("year", period.matches("\\d{4}") ? Integer.valueOf(period) : null);
        data.put("decidedGrade", decided);
        publish("session.classifications", unit + "|" + period, "vn.tusoi.session.classification.changed", data);
    }

    /** A new shortcoming; returns its id. */
    public static String shortcoming(String campaign, String unit, String area, String status, long version) {
        return shortcoming(campaign, unit, area, status, version, UUID.randomUUID().toString());
    }

    public static String shortcoming(String campaign, String unit, String area, String status, long version,
            String id) {
        return shortcoming(campaign, unit, area, status, version, id, null);
    }

    /** A shortcoming that comes back after the unit's earlier one ({@code recurringOfId}), or not (null). */
    public static String shortcoming(String campaign, String unit, String area, String status, long version,
            String id, String recurringOfId) {
        String session = UUID.nameUUIDFromBytes((campaign + "|" + unit).getBytes()).toString();
        Map<String, Object> data = new HashMap<>(Map.of("id", id, "sessionId", session, "campaignCode", campaign,
                "unitCode", unit, "area", area, "status", status, "actionsTotal", 1,
                "actionsVerified", status.equals("RESOLVED") ? 1 : 0, "version", version));
        data.put("carriedFromId", null);
        data.put("recurringOfId", recurringOfId);
        publish("session.shortcomings", id, "vn.tusoi.session.shortcoming.changed", data);
        return id;
    }

    public static void publish(String topic, String key, String type, Map<String, Object> data) {
        try {
            String event = JSON.writeValueAsString(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                    "source", "/test", "type", type, "time", "2023-08-01T00:00:00Z", "data", data));
            // the consumer's side of the contracts: these events are what the producers document they publish
            assertThat(event, matchesContract(CONTRACTS.get(topic)));
            producer().send(new ProducerRecord<>(topic, key, event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<String, String> producer;

    private FlowFixture() {
    }

    /** One producer for every flow test, closed when the tests' JVM ends. */
    public static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, StackTestResource.bootstrapServers());
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close));
        }
        return producer;
    }
}
