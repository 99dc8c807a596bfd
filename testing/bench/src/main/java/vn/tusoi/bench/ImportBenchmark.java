package vn.tusoi.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.PostgresServer;
import vn.tusoi.testsupport.ServiceProcess;
import vn.tusoi.testsupport.TestTokens;

/**
 * Imports a national tree of units and a million members through organization-service's public API (packaged, on
 * a real PostgreSQL and Kafka broker), and, as the baseline in the same run, the same rows with a plain JDBC batch
 * insert into the same database: the floor the service's checks, history and events are measured against.
 *
 * Then unit search on that tree ({@link UnitSearchLatency}), with its baselines, and a province merger: every district
 * of the first province moved under the second, a request each, beside the same rows written by JDBC
 * ({@link FairMoveBaseline}).
 *
 * <p>Arguments: {@code [provinces districts communes cells members memberBatch searches]}, by default
 * {@code 34 15 20 33 1000000 50000 300} (347,344 units, sent in one request); 0 members skips the member rows.
 */
public final class ImportBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] a = {34, 15, 20, 33, 1_000_000, 50_000, 300};
        for (int i = 0; i < Math.min(args.length, a.length); i++) {
            a[i] = Integer.parseInt(args[i]);
        }
        NationalTree tree = new NationalTree(a[0], a[1], a[2], a[3]);
        int members = a[4];
        int memberBatch = a[5];
        int searchRequests = a[6];
        Path root = Path.of(System.getProperty("stack.root", "."));
        Path logs = root.resolve("testing/bench/target/logs");
        Files.createDirectories(logs);

        List<String[]> table = new ArrayList<>();
        List<String[]> searches = new ArrayList<>();
        List<String> cpuRows = new ArrayList<>();
        try (PostgresServer postgres = PostgresServer.startTemporary(); KafkaServer kafka = KafkaServer.start()) {
            Map<String, String> config = new HashMap<>(TestTokens.oidcConfig());
            config.put("quarkus.datasource.jdbc.url", postgres.ensureDatabase("organization"));
            config.put("quarkus.datasource.username", PostgresServer.USER);
            config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
            config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
            config.put("quarkus.log.level", "WARN");
            // the fair baseline's database: organization-service's own schema, migrated by the service itself
            Map<String, String> baselineConfig = new HashMap<>(config);
            baselineConfig.put("quarkus.datasource.jdbc.url", postgres.ensureDatabase("baseline_schema"));
            try (ServiceProcess migrator = new ServiceProcess("organization-service", root, logs, baselineConfig)) {
                migrator.start();
            }
            try (ServiceProcess organization = new ServiceProcess("organization-service", root, logs, config, "2g")) {
                organization.start();
                Api api = new Api(organization.baseUrl(), TestTokens.admin());

                List<Map<String, String>> units = tree.units();
                table.add(timed("units via POST /api/v1/units/import, the whole tree in one NDJSON request",
                        units.size(), () -> api.postStream("/api/v1/units/import", units)));
                table.add(timed("fair baseline: the same units' rows the service writes (unit, history version,"
                        + " outbox event, audit entry) by JDBC batches into its schema, committed every 10,000",
                        units.size(), () -> FairUnitBaseline.write(asTheServiceConnects(
                                postgres.ensureDatabase("baseline_schema")), units)));
                table.add(timed("baseline: JDBC batch insert of the same unit rows", units.size(),
                        () -> jdbcInsert(asTheServiceConnects(postgres.ensureDatabase("baseline")), "unit_rows",
                                units.size(),
                                (statement, i) -> {
                                    Map<String, String> row = units.get(i);
                                    statement.setString(1, row.get("code"));
                                    statement.setString(2, row.get("name"));
                                    statement.setString(3, row.get("parentCode"));
                                })));

                searches.addAll(new UnitSearchLatency(organization.baseUrl(), TestTokens.admin(),
                        postgres.ensureDatabase("organization"), tree).measure(searchRequests));

                if (tree.provinces > 1) {
                    // a province merger, as in the rollup benchmark: every district of the first province moves
                    List<String> districts = IntStream.range(0, tree.districtsPerProvince)
                            .mapToObj(d -> "P0.D" + d).toList();
                    int moved = tree.districtsPerProvince * (1 + tree.communesPerDistrict
                            * (1 + tree.cellsPerCommune));
                    CpuUse cpu = CpuUse.since(organization);
                    table.add(timed("moves: " + districts.size() + " district subtrees moved under another province,"
                            + " a POST /api/v1/units/{code}/move each", moved, () -> {
                                for (String district : districts) {
                                    api.post("/api/v1/units/" + district + "/move", Map.of("newParentCode", "P1",
                                            "effectiveDate", LocalDate.now().toString()), "code");
                                }
                            }));
                    // (none for the baseline: its connection's server process has exited by the second reading)
                    cpuRows.add("the moves: CPU time per moved unit, ms: " + cpu.perItem(moved));
                    table.add(timed("fair baseline: the rows the service writes per moved unit (new history version,"
                            + " previous one closed, path, depth and version, outbox event, audit entry) by JDBC"
                            + " batches into its schema, a transaction per subtree", moved,
                            () -> FairMoveBaseline.write(
                                    asTheServiceConnects(postgres.ensureDatabase("baseline_schema")), districts,
                                    "P1")));
                }

                if (members > 0) {
                    table.add(timed("members via POST /api/v1/members/import (" + memberBatch + " per request)",
                            members, () -> {
                                for (int from = 0; from < members; from += memberBatch) {
                                    List<Map<String, String>> rows = new ArrayList<>();
                                    for (int i = from; i < Math.min(members, from + memberBatch); i++) {
                                        rows.add(Map.of("registryNo", "DV" + i, "fullName",
                                                "Nguyễn Văn " + NationalTree.name(i), "unitCode", tree.cell(i)));
                                    }
                                    api.post("/api/v1/members/import", rows, "created");
                                }
                            }));
                    table.add(timed("fair baseline: the rows the service writes per new member (member, its"
                            + " event and audit entry, the cell's count, its event and audit entry) by JDBC batches"
                            + " into its schema, committed every " + memberBatch, members,
                            () -> FairMemberBaseline.write(
                                    asTheServiceConnects(postgres.ensureDatabase("baseline_schema")), units, tree,
                                    members, memberBatch)));
                    table.add(timed("baseline: JDBC batch insert of the same member rows", members,
                            () -> jdbcInsert(asTheServiceConnects(postgres.ensureDatabase("baseline")), "member_rows",
                                    members,
                                    (statement, i) -> {
                                        statement.setString(1, "DV" + i);
                                        statement.setString(2, "Nguyễn Văn " + NationalTree.name(i));
                                        statement.setString(3, tree.cell(i));
                                    })));
                }
            }
        }
        System.out.println();
        System.out.println("| what | rows | seconds | rows/s |");
        System.out.println("|---|---:|---:|---:|");
        table.forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
        cpuRows.forEach(System.out::println);
        System.out.println();
        System.out.println("| what | requests | p50 ms | p99 ms |");
        System.out.println("|---|---:|---:|---:|");
        searches.forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
    }

    private interface Work {
        void run() throws Exception;
    }

    private interface RowBinder {
        void bind(PreparedStatement statement, int i) throws Exception;
    }

    private static String[] timed(String what, int rows, Work work) throws Exception {
        System.out.println("running: " + what);
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new String[]{what, String.format("%,d", rows), String.format("%.1f", seconds),
                String.format("%,.0f", rows / seconds)};
    }

    /**
     * The baselines' connections with the driver setting the services have (platform's configuration): batched
     * inserts sent as multi-row statements, so that the service and its baseline send the same statements.
     */
    /** The database's URL with the option the services connect with (batches rewritten into multi-row inserts). */
    static String asTheServiceConnects(String url) {
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    private static void jdbcInsert(String url, String table, int rows, RowBinder binder) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS " + table
                    + " (code varchar(64) PRIMARY KEY, name varchar(255) NOT NULL, parent varchar(64))");
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table
                    + " VALUES (?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    binder.bind(statement, i);
                    statement.addBatch();
                    if (i % 1000 == 999) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
            connection.commit();
        }
    }

    /** The public API, with one token for the whole run. */
    private record Api(String baseUrl, String token) {

        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .build();

        /** Sends the rows as newline-delimited JSON in one request. */
        void postStream(String path, List<Map<String, String>> rows) throws Exception {
            StringBuilder body = new StringBuilder();
            for (Map<String, String> row : rows) {
                body.append(JSON.writeValueAsString(row)).append('\n');
            }
            check(path, CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString()), "created");
        }

        void post(String path, Object body, String expectField) throws Exception {
            check(path, CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString()), expectField);
        }

        private static void check(String path, HttpResponse<String> response, String expectField) {
            JsonNode report;
            try {
                report = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
            } catch (IOException e) {
                report = null;
            }
            if (report == null || !report.has(expectField) || report.path("errors").size() > 0) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
        }
    }
}
