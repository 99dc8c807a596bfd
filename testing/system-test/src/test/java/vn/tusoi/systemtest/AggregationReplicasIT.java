package vn.tusoi.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.PostgresServer;
import vn.tusoi.testsupport.ConsumerLag;
import vn.tusoi.testsupport.ReplicaWorkload;
import vn.tusoi.testsupport.ServerSentEvents;
import vn.tusoi.testsupport.ServiceProcess;
import vn.tusoi.testsupport.TestTokens;
import vn.tusoi.testsupport.WorkloadPublisher;

/**
 * Three aggregation-service replicas in one consumer group (one killed with SIGKILL while it applies, one joining
 * late) against a reference instance with its own database and consumer group, fed the same records by
 * {@link ReplicaWorkload}: once both have caught up, every counter and every stored contribution is the same row
 * for row, the figures match the generator's own count, and a stream opened on each live replica shows the final
 * roll-up, whichever replica committed it.
 */
class AggregationReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GROUP = "aggregation-service";
    private static final String REFERENCE_GROUP = "aggregation-reference";
    private static final int PARTITIONS = 6;
    private static final Duration CATCH_UP = Duration.ofMinutes(4);

    private static PostgresServer postgres;
    private static KafkaServer kafka;
    private static final List<ServiceProcess> processes = new ArrayList<>();
    private static Path root;
    private static Path logs;

    @BeforeAll
    static void startStack() throws Exception {
        root = Path.of(System.getProperty("stack.root", "../.."));
        logs = root.resolve("testing/system-test/target/system-test-logs/aggregation-replicas");
        Files.createDirectories(logs);
        postgres = PostgresServer.startTemporary();
        kafka = KafkaServer.start();
        WorkloadPublisher.createTopics(kafka.bootstrapServers(), PARTITIONS);
        RestAssured.urlEncodingEnabled = false;
    }

    @AfterAll
    static void stopStack() throws Exception {
        // the test is over: nothing of theirs is needed, so no graceful stop to wait for
        for (ServiceProcess process : processes) {
            process.kill();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void threeReplicasOneKilledOneLateCountWhatOneInstanceCounts() throws Exception {
        ReplicaWorkload workload = ReplicaWorkload.generate(4, 10, 48, 2_000, 14L);
        checkAgainstContracts(workload);
        ServiceProcess reference = aggregation("reference", "aggregation_reference", REFERENCE_GROUP);
        ServiceProcess first = aggregation("replica-1", "aggregation", GROUP);
        ServiceProcess killed = aggregation("replica-2", "aggregation", GROUP);
        ServiceProcess late = aggregation("replica-3", "aggregation", GROUP);
        startTogether(reference, first, killed);

        long started = System.nanoTime();
        List<List<ReplicaWorkload.Event>> phases = workload.phases();
        try (WorkloadPublisher producer = new WorkloadPublisher(kafka.bootstrapServers())) {
            producer.send(phases.get(0));
            producer.send(phases.get(1));
            // killed while the group works through the first slice: its batch in flight is replayed by another
            ConsumerLag.await(kafka.bootstrapServers(), GROUP, ReplicaWorkload.TOPICS, 0.3, CATCH_UP);
            killed.kill();
            producer.send(phases.get(2));
            producer.send(phases.get(3));
            late.start();
            // each live replica follows the province's roll-up from now on
            Map<String, Integer> expected = workload.expected();
            int held = expected.get(ReplicaWorkload.CAMPAIGN + "|" + ReplicaWorkload.PROVINCE + "|byKind.CELL.held");
            List<CompletableFuture<String>> streams = new ArrayList<>();
            for (ServiceProcess replica : List.of(first, late)) {
                streams.add(CompletableFuture.supplyAsync(() -> ServerSentEvents.awaitEvent(replica.baseUrl(),
                        "/api/v1/campaigns/" + path(ReplicaWorkload.CAMPAIGN) + "/progress/"
                                + ReplicaWorkload.PROVINCE + "/stream",
                        TestTokens.admin(), data -> data.contains("\"CELL\":{\"held\":" + held + ","), CATCH_UP)));
            }
            Thread.sleep(1_000);
            producer.send(phases.get(4));

            ConsumerLag.await(kafka.bootstrapServers(), GROUP, ReplicaWorkload.TOPICS, 1.0, CATCH_UP);
            ConsumerLag.await(kafka.bootstrapServers(), REFERENCE_GROUP, ReplicaWorkload.TOPICS, 1.0, CATCH_UP);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d events (%d units) applied by the replicas and by the reference in %.1f s%n",
                    workload.size(), workload.units().size(), seconds);

            Map<String, List<String>> replicas = stored("aggregation");
            Map<String, List<String>> single = stored("aggregation_reference");
            for (String table : single.keySet()) {
                System.out.printf("%s: %d rows in the reference, %d in the replicas' database%n", table,
                        single.get(table).size(), replicas.get(table).size());
                assertTrue(single.get(table).size() > 1_000, table + " holds too little to compare");
                assertEquals("", difference(single.get(table), replicas.get(table)), table + " differs");
            }

            for (ServiceProcess instance : List.of(first, late, reference)) {
                for (Map.Entry<String, Integer> figure : expected.entrySet()) {
                    String[] key = figure.getKey().split("\\|");
                    JsonNode progress = JSON.readTree(given().baseUri(instance.baseUrl()).auth()
                            .oauth2(TestTokens.admin()).get("/api/v1/campaigns/" + path(key[0]) + "/progress/" + key[1])
                            .then().statusCode(200).extract().asString());
                    assertEquals(figure.getValue().intValue(), progress.at("/" + key[2].replace('.', '/')).asInt(),
                            figure.getKey() + " on " + instance.baseUrl());
                }
            }
            for (String campaign : List.of(ReplicaWorkload.CAMPAIGN, ReplicaWorkload.LATE_CAMPAIGN)) {
                given().baseUri(first.baseUrl()).auth().oauth2(TestTokens.admin())
                        .post("/api/v1/rollups/reconciliation?campaignCode=" + path(campaign)).then().statusCode(200)
                        .body("drifted", org.hamcrest.Matchers.equalTo(0));
            }
            for (CompletableFuture<String> stream : streams) {
                assertTrue(stream.get(CATCH_UP.toSeconds(), TimeUnit.SECONDS).contains(ReplicaWorkload.PROVINCE));
            }
        }
    }

    private static ServiceProcess aggregation(String name, String database, String group) throws Exception {
        Path dir = logs.resolve(name);
        Files.createDirectories(dir);
        ServiceProcess process = ServiceProcess.onStack("aggregation-service", database, postgres, kafka, root, dir)
                .configure("mp.messaging.incoming.events.group.id", group)
                // the owners are not running: the reconciliation recounts from the stored states only
                .configure("session.url", "");
        processes.add(process);
        return process;
    }

    private static void startTogether(ServiceProcess... services) {
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (ServiceProcess service : services) {
            starting.add(CompletableFuture.runAsync(() -> {
                try {
                    service.start();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        starting.forEach(CompletableFuture::join);
    }

    private static void checkAgainstContracts(ReplicaWorkload workload) {
        Map<String, Integer> checked = new HashMap<>();
        for (List<ReplicaWorkload.Event> phase : workload.phases()) {
            for (ReplicaWorkload.Event event : phase) {
                if (checked.merge(event.topic(), 1, Integer::sum) <= 20) {
                    String owner = event.topic().startsWith("org.") ? "organization-service" : "session-service";
                    assertThat(event.value(), matchesContract(root.resolve(owner + "/contracts/" + event.topic()
                            + ".schema.json").toFile()));
                }
            }
        }
    }

    /** Every non-zero counter and every contribution, as sorted rows of their columns. */
    private static Map<String, List<String>> stored(String database) throws Exception {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(postgres.jdbcUrl(database));
        source.setUser(PostgresServer.USER);
        source.setPassword(PostgresServer.PASSWORD);
        Map<String, List<String>> tables = new HashMap<>();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            tables.put("rollup_counter", rows(statement, "SELECT campaign_code, unit_code, counter, value "
                    + "FROM rollup_counter WHERE value <> 0"));
            tables.put("contribution", rows(statement, "SELECT * FROM contribution"));
        }
        return tables;
    }

    private static List<String> rows(Statement statement, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    if (!columns.getColumnName(i).equals("updated_at")) {
                        row.append(columns.getColumnName(i)).append('=').append(result.getString(i)).append(' ');
                    }
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    /** The rows one side has and the other lacks, the first ten of each; empty when they are the same. */
    private static String difference(List<String> reference, List<String> replicas) {
        TreeSet<String> onlyReference = new TreeSet<>(reference);
        replicas.forEach(onlyReference::remove);
        TreeSet<String> onlyReplicas = new TreeSet<>(replicas);
        reference.forEach(onlyReplicas::remove);
        if (onlyReference.isEmpty() && onlyReplicas.isEmpty() && reference.size() == replicas.size()) {
            return "";
        }
        return "only in the reference: " + onlyReference.stream().limit(10).toList() + "\nonly in the replicas': "
                + onlyReplicas.stream().limit(10).toList();
    }

    private static String path(String campaign) {
        return campaign.replace("/", "%2F");
    }
}
