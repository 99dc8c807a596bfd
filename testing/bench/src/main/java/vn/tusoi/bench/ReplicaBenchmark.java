package vn.tusoi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.postgresql.ds.PGSimpleDataSource;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.PostgresServer;
import vn.tusoi.testsupport.ConsumerLag;
import vn.tusoi.testsupport.ReplicaWorkload;
import vn.tusoi.testsupport.ServiceProcess;
import vn.tusoi.testsupport.WorkloadPublisher;

/**
 * Throughput of the roll-ups with 1, 2 and 3 aggregation-service replicas in one consumer group on this machine:
 * the differential test's workload written to the topics once, then read by each N in a group and a database of its
 * own, from the first replica ready to the group's last offset committed. N = 1 is the baseline; each run's counters
 * are checked equal to it.
 */
public final class ReplicaBenchmark {

    private static final Duration CATCH_UP = Duration.ofMinutes(20);

    public static void main(String[] args) throws Exception {
        int districts = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int committees = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int cells = args.length > 2 ? Integer.parseInt(args[2]) : 48;
        int partitions = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        int mostReplicas = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        Path root = Path.of(System.getProperty("stack.root", "."));
        Path logs = root.resolve("testing/bench/target/replica-logs");
        Files.createDirectories(logs);
        ReplicaWorkload workload = ReplicaWorkload.generate(districts, committees, cells, 2_000, 14L);
        List<String[]> table = new ArrayList<>();
        try (PostgresServer postgres = PostgresServer.startTemporary(); KafkaServer kafka = KafkaServer.start()) {
            WorkloadPublisher.createTopics(kafka.bootstrapServers(), partitions);
            try (WorkloadPublisher publisher = new WorkloadPublisher(kafka.bootstrapServers())) {
                workload.phases().forEach(publisher::send);
            }
            String baseline = null;
            double baselineRate = 0;
            for (int replicas = 1; replicas <= mostReplicas; replicas++) {
                String database = "aggregation_n" + replicas;
                String group = "bench-n" + replicas;
                List<ServiceProcess> processes = new ArrayList<>();
                for (int i = 0; i < replicas; i++) {
                    Path dir = logs.resolve("n" + replicas + "-" + i);
                    Files.createDirectories(dir);
                    processes.add(ServiceProcess.onStack("aggregation-service", database, postgres, kafka, root, dir)
                            .configure("mp.messaging.incoming.events.group.id", group).configure("session.url", "")
                            .heap("1g"));
                }
                long started = System.nanoTime();
                CompletableFuture<?>[] starting = processes.stream().map(process -> CompletableFuture.runAsync(() -> {
                    try {
                        process.start();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).toArray(CompletableFuture[]::new);
                CompletableFuture.anyOf(starting).join();
                long firstReady = System.nanoTime();
                ConsumerLag.await(kafka.bootstrapServers(), group, ReplicaWorkload.TOPICS, 1.0, CATCH_UP);
                long done = System.nanoTime();
                CompletableFuture.allOf(starting).join();
                double seconds = (done - firstReady) / 1e9;
                double rate = workload.size() / seconds;
                String counters = counters(postgres, database);
                if (baseline == null) {
                    baseline = counters;
                    baselineRate = rate;
                }
                table.add(new String[]{String.valueOf(replicas), String.format("%.1f", (firstReady - started) / 1e9),
                        String.format("%.1f", seconds), String.format("%,.0f", rate),
                        String.format("%.2f", rate / baselineRate), counters.equals(baseline) ? "yes" : "NO"});
                for (ServiceProcess process : processes) {
                    process.close();
                }
            }
        }
        System.out.printf("%n%d events, %d units, %d partitions per topic; baseline: N = 1, same run%n%n",
                workload.size(), workload.units().size(), partitions);
        System.out.println(
                "| replicas | first ready (s) | all applied after (s) | events/s | vs N = 1 | counters as N = 1 |");
        System.out.println("|---:|---:|---:|---:|---:|---|");
        for (String[] row : table) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
    }

    /** The non-zero counters, one string, for comparing runs. */
    private static String counters(PostgresServer postgres, String database) throws Exception {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(postgres.jdbcUrl(database));
        source.setUser(PostgresServer.USER);
        source.setPassword(PostgresServer.PASSWORD);
        StringBuilder rows = new StringBuilder();
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT campaign_code, unit_code, counter, value FROM "
                        + "rollup_counter WHERE value <> 0 ORDER BY 1, 2, 3")) {
            while (result.next()) {
                rows.append(result.getString(1)).append(result.getString(2)).append(result.getString(3))
                        .append(result.getLong(4)).append('\n');
            }
        }
        return rows.toString();
    }

    private ReplicaBenchmark() {
    }
}
