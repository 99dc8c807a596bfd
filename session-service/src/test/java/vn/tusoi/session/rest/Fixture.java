package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** The hierarchy, campaign and broker helpers the session-service API tests share. */
final class Fixture {

    private Fixture() {
    }
    static final ObjectMapper JSON = new ObjectMapper();

    private static final File UNITS_CONTRACT = new File("../organization-service/contracts/org.units.schema.json");
    private static final File MEMBERS_CONTRACT = new File(
            "../organization-service/contracts/org.members.schema.json");

    static final String CAMPAIGN = "9-KH/T";

    static final String CAMPAIGN_PATH = "/api/v1/campaigns/9-KH%2FT";

    private static final String TODAY = LocalDate.now().toString();

    private static boolean prepared;

    /** Publishes the test hierarchy through the broker and creates the campaign, once per test run. */
    static synchronized void prepare() throws Exception {
        // the paths carry %2F already: RestAssured must not encode the % again
        RestAssured.urlEncodingEnabled = false;
        if (prepared) {
            return;
        }
        prepared = true;
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, unit("T", "PROVINCE", null, List.of(), 1));
            send(producer, unit("T.D", "DISTRICT", "T", List.of("T"), 1));
            for (String code : List.of("T.D.A", "T.D.B", "T.D.C", "T.D.E", "T.D.F", "T.D.G")) {
                send(producer, unit(code, "GRASSROOTS_COMMITTEE", "T.D", List.of("T", "T.D"), 1));
            }
            send(producer, unit("T.D.A.1", "CELL", "T.D.A", List.of("T", "T.D", "T.D.A"), 1));
            // another province, outside every scoped caller of the tests
            send(producer, unit("U", "PROVINCE", null, List.of(), 1));
            send(producer, unit("U.X", "DISTRICT", "U", List.of("U"), 1));
            send(producer, unit("U.X.A", "GRASSROOTS_COMMITTEE", "U.X", List.of("U", "U.X"), 1));
            send(producer, unit("U.X.A.1", "CELL", "U.X.A", List.of("U", "U.X", "U.X.A"), 1));
            // version 2 dissolves T.D.C; the replayed version 1 after it must not bring it back
            send(producer, unit("T.D.C", "GRASSROOTS_COMMITTEE", "T.D", List.of("T", "T.D"), 2, TODAY));
            send(producer, unit("T.D.C", "GRASSROOTS_COMMITTEE", "T.D", List.of("T", "T.D"), 1));
        }
        // every unit has arrived (their events travel on different partitions, in no order between them)
        List<String> published = List.of("T", "T.D", "T.D.A", "T.D.B", "T.D.C", "T.D.E", "T.D.F", "T.D.G", "T.D.A.1",
                "U", "U.X", "U.X.A", "U.X.A.1");
        DataSource database = Arc.container().instance(DataSource.class).get();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> known(database, published) == published.size());
        String campaign = """
                {"code":"%s","title":"Sinh hoạt chuyên đề tự soi, tự sửa","issuingUnitCode":"T.D",
                 "scopeKinds":["GRASSROOTS_COMMITTEE","GRASSROOTS_CELL"],"startDate":"2023-06-30","deadline":"2023-09-30",
                 "planReference":"Kế hoạch số 9-KH/T"}"""
                .formatted(CAMPAIGN);
        // the hierarchy arrives through Kafka: the campaign is accepted once the issuing unit is known
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(campaign)
                .post("/api/v1/campaigns").statusCode() == 201);
        await().atMost(Duration.ofSeconds(30)).until(() -> post("{\"unitCode\":\"T.D.C\",\"heldOn\":\"2023-08-01\"}")
                .extract().statusCode() == 422);
    }

    /** Publishes grassroots committees under T.D (version 1) through the broker. */
    static void committees(List<String> codes) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            for (String code : codes) {
                send(producer, unit(code, "GRASSROOTS_COMMITTEE", "T.D", List.of("T", "T.D"), 1));
            }
        }
    }

    /** Publishes cells (version 1) under a grassroots committee of T.D through the broker. */
    static void cells(String committee, List<String> codes) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            for (String code : codes) {
                send(producer, unit(code, "CELL", committee, List.of("T", "T.D", committee), 1));
            }
        }
    }

    /** Publishes a unit (version 1) under its ancestors, root first, through the broker. */
    static void publish(String code, String kind, List<String> ancestors) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, unit(code, kind, ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1),
                    ancestors, 1));
        }
    }

    /** Publishes members (version 1) with their cell and status through the broker, as organization-service does. */
    static void members(Map<String, String> cellOf, String status) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            for (Map.Entry<String, String> member : cellOf.entrySet()) {
                String event = JSON.writeValueAsString(Map.of("specversion", "1.0", "id",
                        UUID.randomUUID().toString(), "source", "/organization-service", "type",
                        "vn.tusoi.org.member.changed", "time", "2023-06-30T00:00:00Z", "data",
                        Map.of("registryNo", member.getKey(), "unitCode", member.getValue(), "status", status,
                                "version", 1)));
                assertThat(event, matchesContract(MEMBERS_CONTRACT));
                producer.send(new ProducerRecord<>("org.members", member.getKey(), event)).get();
            }
        }
    }

    /** How many of these members session-service has learned (from the broker). */
    static int knownMembers(DataSource database, List<String> registryNumbers) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM known_member WHERE registry_no = ANY(?)")) {
            count.setArray(1, connection.createArrayOf("varchar", registryNumbers.toArray()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** How many of these units session-service has learned (from the broker). */
    static int known(DataSource database, List<String> codes) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM known_unit WHERE code = ANY(?)")) {
            count.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static ValidatableResponse post(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post(CAMPAIGN_PATH + "/sessions").then();
    }

    static ValidatableResponse importRows(String body, String query) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post(CAMPAIGN_PATH + "/sessions/import" + query).then();
    }

    /** The first record on a topic with the key and a field of the given value, waiting up to 20 s for it. */
    static String record(String topic, String key, String field, String value) throws Exception {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key()) && value.equals(JSON.readTree(record.value()).at(field).asText())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no record " + key + " with " + field + " = " + value + " on " + topic);
    }

    private static String unit(String code, String kind, String parent, List<String> ancestors, long version) {
        return unit(code, kind, parent, ancestors, version, null);
    }

    private static String unit(String code, String kind, String parent, List<String> ancestors, long version,
            String validTo) {
        try {
            Map<String, Object> data = new HashMap<>(Map.of("code", code, "name", code, "kind", kind,
                    "ancestors", ancestors, "depth", ancestors.size(), "version", version));
            data.put("parentCode", parent);
            data.put("validTo", validTo);
            // a field this consumer does not know yet: events are read tolerantly
            data.put("addedLater", "ignored");
            String event = JSON.writeValueAsString(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                    "source", "/organization-service", "type", "vn.tusoi.org.unit.changed",
                    "time", "2023-06-30T00:00:00Z", "data", data));
            // the consumer's side of the contract: what this test feeds the listener is what organization-service
            // documents it publishes
            assertThat(event, matchesContract(UNITS_CONTRACT));
            return event;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record as a faulty producer would send it: no contract check. */
    static void sendRaw(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static void send(KafkaProducer<String, String> producer, String event) throws Exception {
        String key = JSON.readTree(event).at("/data/code").asText();
        producer.send(new ProducerRecord<>("org.units", key, event)).get();
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, StackTestResource.bootstrapServers());
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, StackTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
