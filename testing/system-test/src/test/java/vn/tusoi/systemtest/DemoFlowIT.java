package vn.tusoi.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.proto.trace.v1.Span;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.PostgresServer;
import vn.tusoi.testsupport.ServiceProcess;
import vn.tusoi.testsupport.TestTokens;

/**
 * The Đức Thọ story end to end, across the three packaged services, a real PostgreSQL and a real Kafka broker: the
 * demo data (deploy/demo) goes in through the public API and the roll-up must read 32/35 with the right laggards,
 * also after the aggregation service restarts and replays every event from the start of the topics.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoFlowIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ROLLUP_WAIT = Duration.ofSeconds(60);
    private static final String CAMPAIGN = "87-KH%2FHU";
    private static final List<String> LAGGARDS = List.of("HT-DT.THPT-TRAN-PHU", "HT-DT.DIEN-LUC", "HT-DT.GDNN");

    private static PostgresServer postgres;
    private static KafkaServer kafka;
    private static ServiceProcess organization;
    private static ServiceProcess session;
    private static ServiceProcess aggregation;
    private static Path demo;
    private static String token;
    private static TraceCollector traces;
    private static Path logs;

    @BeforeAll
    static void startSuite() throws Exception {
        Path root = Path.of(System.getProperty("stack.root", "../.."));
        demo = root.resolve("deploy/demo");
        logs = root.resolve("testing/system-test/target/system-test-logs");
        Files.createDirectories(logs);
        Files.deleteIfExists(logs.resolve("aggregation-service.log"));
        traces = TraceCollector.start();
        postgres = PostgresServer.startTemporary();
        kafka = KafkaServer.start();
        organization = service("organization-service", root, logs, "organization");
        session = service("session-service", root, logs, "session");
        session.configure("organization.url", organization.baseUrl());
        aggregation = service("aggregation-service", root, logs, "aggregation");
        aggregation.configure("session.url", session.baseUrl());
        // the aggregation's log in JSON lines, its batches' lines included
        aggregation.configure("quarkus.log.console.json.enabled", "true")
                .configure("quarkus.log.category.\"vn.tusoi.aggregation.rollup\".level", "DEBUG");
        organization.start();
        session.start();
        aggregation.start();
        token = TestTokens.admin();
        RestAssured.urlEncodingEnabled = false;
    }

    private static ServiceProcess service(String name, Path root, Path logs, String database) {
        // traces go to the test's collector; none is sampled but those the caller marks (the default ratio is 0)
        return ServiceProcess.onStack(name, database, postgres, kafka, root, logs)
                .configure("quarkus.otel.exporter.otlp.traces.endpoint", traces.endpoint())
                .configure("quarkus.otel.bsp.schedule.delay", "200ms");
    }

    @AfterAll
    static void stopSuite() throws Exception {
        for (ServiceProcess service : new ServiceProcess[]{aggregation, session, organization}) {
            if (service != null) {
                service.close();
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        if (traces != null) {
            traces.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void ducThoReaches32Of35AndStaysThereAcrossARestartWithReplay() throws Exception {
        post(organization, "/api/v1/units/import", read("units.json")).then().statusCode(200)
                .body("created", equalTo(37)).body("errors.size()", equalTo(0));

        // session-service learns the units from their events: the campaign is accepted once HT-DT is known
        String campaign = read("campaign.json");
        await().atMost(ROLLUP_WAIT).pollInterval(Duration.ofMillis(250))
                .until(() -> post(session, "/api/v1/campaigns", campaign).statusCode() == 201);

        // the first session alone, the rest in bulk; the first once more, both ways: nothing is counted twice
        String sessionsJson = read("sessions.json");
        JsonNode sessions = JSON.readTree(sessionsJson);
        assertEquals(32, sessions.size());
        String first = JSON.writeValueAsString(sessions.get(0));
        post(session, "/api/v1/campaigns/" + CAMPAIGN + "/sessions", first).then().statusCode(201);
        post(session, "/api/v1/campaigns/" + CAMPAIGN + "/sessions", first).then().statusCode(409);
        post(session, "/api/v1/campaigns/" + CAMPAIGN + "/sessions/import", sessionsJson).then().statusCode(200)
                .body("created", equalTo(31)).body("unchanged", equalTo(1)).body("errors.size()", equalTo(0));
        post(session, "/api/v1/campaigns/" + CAMPAIGN + "/sessions/import", sessionsJson).then().statusCode(200)
                .body("unchanged", equalTo(32));

        awaitDirect(32, 35);
        assertRollup();

        // restart the aggregation service, rewinding its consumer group: it re-reads every event
        aggregation.stop();
        rewindConsumerGroup("aggregation-service");
        aggregation.start();
        Thread.sleep(3000);
        assertRollup();

        // and it is live again: a 33rd unit holds its session
        post(session, "/api/v1/campaigns/" + CAMPAIGN + "/sessions",
                "{\"unitCode\":\"HT-DT.GDNN\",\"heldOn\":\"2023-08-25\"}").then().statusCode(201);
        awaitDirect(33, 35);
    }

    /**
     * The 2025 reform, effective 2025-07-01: Đức Thọ's units move up to the province, two communes merge, the
     * district is dissolved. The tree of 2025-06-30 stays readable, and a campaign of the province follows: moving
     * changes nothing at HT, and the merged commune has held it because both its predecessors had.
     */
    @Test
    @Order(2)
    void theReformIsReplayedAndTheProvinceRollUpFollows() throws Exception {
        String provincial = "15-KH%2FTU";
        post(session, "/api/v1/campaigns",
                """
                        {"code":"15-KH/TU","title":"Tự soi, tự sửa năm 2025","issuingUnitCode":"HT",
                         "scopeKinds":["GRASSROOTS_COMMITTEE","GRASSROOTS_CELL"],"startDate":"2025-01-01","deadline":"2025-12-31"}""")
                .then().statusCode(201);
        post(session, "/api/v1/campaigns/" + provincial + "/sessions/import", read("sessions.json")).then()
                .statusCode(200).body("created", equalTo(32));
        awaitField(provincial, "HT", "byKind.GRASSROOTS_COMMITTEE.held", 20);
        awaitField(provincial, "HT", "byKind.GRASSROOTS_CELL.held", 12);

        List<String> merged = List.of("HT-DT.BUI-LA-NHAN", "HT-DT.YEN-HO");
        for (JsonNode unit : JSON.readTree(read("units.json"))) {
            String code = unit.get("code").asText();
            if (code.startsWith("HT-DT.") && !merged.contains(code)) {
                post(organization, "/api/v1/units/" + code + "/move",
                        "{\"newParentCode\":\"HT\",\"effectiveDate\":\"2025-07-01\"}").then().statusCode(200);
            }
        }
        awaitField(provincial, "HT", "direct.expected", 33);
        get(aggregation, "/api/v1/campaigns/" + provincial + "/progress/HT").then()
                .body("direct.held", equalTo(30))
                .body("byKind.GRASSROOTS_COMMITTEE.held", equalTo(20))
                .body("byKind.GRASSROOTS_COMMITTEE.expected", equalTo(20))
                .body("byKind.GRASSROOTS_CELL.held", equalTo(12)).body("byKind.GRASSROOTS_CELL.expected", equalTo(15));

        post(organization, "/api/v1/units/merge", """
                {"sourceCodes":["HT-DT.BUI-LA-NHAN","HT-DT.YEN-HO"],"effectiveDate":"2025-07-01",
                 "target":{"code":"HT.BUI-LA-YEN","name":"Đảng bộ xã Bùi La Yên","kind":"GRASSROOTS_COMMITTEE",
                           "parentCode":"HT"}}""").then().statusCode(200);
        post(organization, "/api/v1/units/HT-DT/dissolve", "{\"effectiveDate\":\"2025-07-01\"}").then()
                .statusCode(200);
        awaitField(provincial, "HT", "direct.expected", 34);
        // the merger's events may span batches: the successor counts as held once its predecessors' states are in
        awaitField(provincial, "HT", "direct.held", 31);
        get(aggregation, "/api/v1/campaigns/" + provincial + "/progress/HT").then()
                .body("direct.held", equalTo(31))
                .body("byKind.GRASSROOTS_COMMITTEE.held", equalTo(19))
                .body("byKind.GRASSROOTS_COMMITTEE.expected", equalTo(19));

        get(organization, "/api/v1/units/HT-DT/children?asOf=2025-06-30&size=50").then().statusCode(200)
                .body("total", equalTo(35));
        get(organization, "/api/v1/units/HT/children?size=50").then().statusCode(200).body("total", equalTo(34));
        get(organization, "/api/v1/units/HT-DT").then().body("validTo", equalTo("2025-07-01"));
    }

    @Test
    @Order(3)
    void aServiceInTheProdProfileRefusesToStartWithTheLocalStacksPassword() throws Exception {
        Path root = Path.of(System.getProperty("stack.root", "../.."));
        ServiceProcess prod = ServiceProcess.onStack("organization-service", "organization", postgres, kafka, root,
                root.resolve("testing/system-test/target/system-test-logs/prod"))
                .configure("quarkus.profile", "prod");
        Files.createDirectories(root.resolve("testing/system-test/target/system-test-logs/prod"));
        ServiceProcess.Refusal refusal = prod.startRefused(Duration.ofSeconds(90));
        assertNotEquals(0, refusal.exitCode());
        assertTrue(refusal.log().contains("set DB_PASSWORD"), refusal.log());

        // with a password of its own it starts, and serves no Swagger UI (the OpenAPI document stays)
        try (ServiceProcess started = prod.configure("quarkus.datasource.password", "a-password-of-its-own")) {
            started.start();
            given().get(started.baseUrl() + "/q/swagger-ui/").then().statusCode(404);
            given().get(started.baseUrl() + "/q/openapi").then().statusCode(200);
        }
    }

    /**
     * One session followed in one trace: its POST at session-service (with the statements it ran), the outbox record
     * the relay published, the aggregation's batch that applied it and the roll-up record that batch published, each
     * the child of the one before; and the batch's JSON log line carries the trace id. The caller marks the trace
     * sampled, as a client that traces would: the services sample nothing of their own (ratio 0 by default).
     */
    @Test
    @Order(4)
    void oneSessionIsOneTraceFromItsPostToTheRollupItChanged() throws Exception {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpan = HexFormat.of().formatHex(randomBytes(8));
        given().baseUri(session.baseUrl()).auth().oauth2(token).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body("{\"unitCode\":\"HT-DT.DIEN-LUC\",\"heldOn\":\"2025-08-01\"}")
                .post("/api/v1/campaigns/15-KH%2FTU/sessions").then().statusCode(201);
        awaitField("15-KH%2FTU", "HT", "direct.held", 32);

        try {
            await().atMost(ROLLUP_WAIT).pollInterval(Duration.ofMillis(250))
                    .until(() -> rollupPublished(traces.trace(traceId)) != null);
        } catch (ConditionTimeoutException e) {
            fail("no roll-up record in the trace: " + traces.received(traceId));
        }
        List<TraceCollector.CollectedSpan> trace = traces.trace(traceId);
        Map<String, TraceCollector.CollectedSpan> byId = new HashMap<>();
        trace.forEach(span -> byId.put(span.spanId(), span));
        // from the roll-up's record back to the caller, parent by parent
        List<String> path = new ArrayList<>();
        TraceCollector.CollectedSpan at = rollupPublished(trace);
        while (at != null) {
            path.add(at.service() + " " + at.kind() + " " + at.name());
            if (at.parentSpanId().equals(callerSpan)) {
                break;
            }
            at = byId.get(at.parentSpanId());
        }
        assertNotNull(at, "the chain breaks: " + path);
        System.out.println("trace " + traceId + ", from the roll-up's record back to the POST: " + path);
        assertTrue(path.get(0).matches("aggregation-service SPAN_KIND_PRODUCER .*rollup.*"), path.toString());
        assertEquals("aggregation-service SPAN_KIND_CONSUMER apply events", path.get(1), path.toString());
        assertTrue(
                path.stream()
                        .anyMatch(step -> step.matches("session-service SPAN_KIND_PRODUCER .*session\\.sessions.*")),
                path.toString());
        assertTrue(
                path.get(path.size() - 1)
                        .matches("session-service SPAN_KIND_SERVER POST /api/v1/campaigns/.*/sessions"),
                path.toString());
        // the request's statements are in it too
        String server = at.spanId();
        assertTrue(trace.stream().anyMatch(span -> span.parentSpanId().equals(server)
                && span.kind() == Span.SpanKind.SPAN_KIND_CLIENT && "postgresql".equals(dbSystem(span))),
                "no statement below the POST: " + trace);

        // the batch's log line, a JSON object, names the trace
        await().atMost(Duration.ofSeconds(10)).until(() -> batchLogLines(traceId) > 0);
    }

    private static TraceCollector.CollectedSpan rollupPublished(List<TraceCollector.CollectedSpan> trace) {
        return trace.stream().filter(span -> span.service().equals("aggregation-service")
                && span.kind() == Span.SpanKind.SPAN_KIND_PRODUCER && span.name().startsWith("rollup"))
                .findFirst().orElse(null);
    }

    private static String dbSystem(TraceCollector.CollectedSpan span) {
        return span.attributes().getOrDefault("db.system.name", span.attributes().get("db.system"));
    }

    private static long batchLogLines(String traceId) throws Exception {
        long found = 0;
        for (String line : Files.readAllLines(logs.resolve("aggregation-service.log"))) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode entry = JSON.readTree(line);
            if (entry.path("message").asText().startsWith("applied ")
                    && traceId.equals(entry.path("mdc").path("traceId").asText())) {
                found++;
            }
        }
        return found;
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void awaitField(String campaignPath, String unit, String field, int expected) {
        await().atMost(ROLLUP_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response response = get(aggregation, "/api/v1/campaigns/" + campaignPath + "/progress/" + unit);
            return response.statusCode() == 200 && Integer.valueOf(expected).equals(response.path(field));
        });
    }

    private static void assertRollup() {
        get(aggregation, "/api/v1/campaigns/" + CAMPAIGN + "/progress/HT-DT").then().statusCode(200)
                .body("direct.held", equalTo(32)).body("direct.expected", equalTo(35))
                .body("byKind.GRASSROOTS_COMMITTEE.expected", equalTo(20))
                .body("byKind.GRASSROOTS_CELL.expected", equalTo(15))
                .body("onTime", equalTo(32)).body("late", equalTo(0));
        get(aggregation, "/api/v1/campaigns/" + CAMPAIGN + "/laggards/HT-DT").then().statusCode(200)
                .body("total", equalTo(3)).body("items.unitCode", containsInAnyOrder(LAGGARDS.toArray()));
        get(aggregation, "/api/v1/campaigns/" + CAMPAIGN + "/progress/HT").then().statusCode(404);
    }

    private static void awaitDirect(int held, int expected) {
        await().atMost(ROLLUP_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response response = get(aggregation, "/api/v1/campaigns/" + CAMPAIGN + "/progress/HT-DT");
            return response.statusCode() == 200 && Integer.valueOf(held).equals(response.path("direct.held"))
                    && Integer.valueOf(expected).equals(response.path("direct.expected"));
        });
    }

    private static void rewindConsumerGroup(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            committed.keySet().forEach(partition -> earliest.put(partition, OffsetSpec.earliest()));
            Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
            admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS)
                    .forEach((partition, info) -> rewound.put(partition, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(group, rewound).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static Response post(ServiceProcess service, String path, String body) {
        return given().baseUri(service.baseUrl()).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(path);
    }

    private static Response get(ServiceProcess service, String path) {
        return given().baseUri(service.baseUrl()).auth().oauth2(token).get(path);
    }

    private static String read(String file) throws Exception {
        return Files.readString(demo.resolve(file));
    }
}
