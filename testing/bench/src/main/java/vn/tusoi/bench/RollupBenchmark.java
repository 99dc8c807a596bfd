package vn.tusoi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.PostgresServer;
import vn.tusoi.testsupport.ServiceProcess;
import vn.tusoi.testsupport.TestTokens;

/**
 * The national roll-up benchmark: a national tree under the Central Committee, a campaign it issues for every
 * grassroots committee and cell, one session per unit recorded through session-service's public API, and the
 * aggregation measured against the targets. The baseline, in the same run: the national figure computed on
 * demand with a recursive query over the same session data. Prints a table.
 */
public final class RollupBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGGREGATION_HEAP = System.getProperty("bench.aggregation-heap", "2g");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /**
     * Java's client speaks HTTP/2 to a plain {@code http://} address (h2c) and sends every concurrent request as a
     * stream of one connection; sixteen clients are sixteen connections, so the single sessions go through HTTP/1.1.
     */
    private static final HttpClient CONNECTION_EACH = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String CAMPAIGN = "1-KH/TW";
    private static final String CAMPAIGN_PATH = "/api/v1/campaigns/1-KH%2FTW";
    private static final String FRESHNESS = "tusoi_rollup_freshness_seconds";
    private static final String OUTBOX_WAIT = "tusoi_outbox_wait_seconds";
    private static final String SINCE_SENT = "tusoi_rollup_since_sent_seconds";
    private static final int BATCH = 5_000;

    private final List<String[]> table = new ArrayList<>();
    private String token = TestTokens.admin();
    private long tokenIssued = System.nanoTime();

    private RollupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] a = {34, 15, 20, 33, 500, 20, 10};
        for (int i = 0; i < Math.min(args.length, a.length); i++) {
            a[i] = Integer.parseInt(args[i]);
        }
        new RollupBenchmark().run(new NationalTree(a[0], a[1], a[2], a[3]), a[4], a[5], a[6]);
    }

    private void run(NationalTree tree, int steadyRate, int steadySeconds, int readSeconds) throws Exception {
        Path root = Path.of(System.getProperty("stack.root", "."));
        Path logs = root.resolve("testing/bench/target/logs");
        Files.createDirectories(logs);
        List<Map<String, String>> units = tree.units(true);
        // every grassroots committee and cell holds a session; the last steadyRate × steadySeconds of them (at most
        // half) are kept for the steady-rate phase
        List<String> inScope = units.stream().filter(u -> u.get("kind").equals("GRASSROOTS_COMMITTEE")
                || u.get("kind").equals("CELL")).map(u -> u.get("code")).toList();
        int steady = Math.min(steadyRate * steadySeconds, inScope.size() / 2);
        List<String> bulk = inScope.subList(0, inScope.size() - steady);
        List<String> later = inScope.subList(inScope.size() - steady, inScope.size());
        try (PostgresServer postgres = PostgresServer.startTemporary(); KafkaServer kafka = KafkaServer.start()) {
            try (ServiceProcess organization = service("organization-service", "organization", postgres, kafka, root,
                    logs);
                    ServiceProcess session = service("session-service", "session", postgres, kafka, root, logs,
                            Map.of("organization.url", organization.baseUrl()));
                    ServiceProcess aggregation = service("aggregation-service", "aggregation", postgres, kafka, root,
                            logs, Map.of("session.url", session.baseUrl(),
                                    // the rebuild's two passes, timed in its log
                                    "quarkus.log.category.\"vn.tusoi.aggregation.maintenance\".level", "INFO"))) {
                // -Dbench.aggregation-heap=512m: the aggregation on a smaller heap (2g by default), to show what it needs
                aggregation.heap(AGGREGATION_HEAP);
                organization.start();
                session.start();
                aggregation.start();
                String org = organization.baseUrl();
                String ses = session.baseUrl();
                String agg = aggregation.baseUrl();

                System.out.printf("importing %,d units%n", units.size());
                long start = System.nanoTime();
                ndjson(org + "/api/v1/units/import", units);
                waitFor("session-service to accept the campaign", Duration.ofMinutes(20), () -> post(
                        ses + "/api/v1/campaigns", Map.of("code", CAMPAIGN, "title", "Tự soi, tự sửa toàn quốc",
                                "issuingUnitCode", NationalTree.CENTRAL, "scopeKinds", List.of("GRASSROOTS_COMMITTEE",
                                        "CELL"),
                                "startDate", "2026-01-01", "deadline", "2026-12-31"))
                        .statusCode() == 201);
                waitFor("the aggregation to expect every unit", Duration.ofMinutes(60),
                        () -> expected(agg) == inScope.size());
                row("tree imported, campaign created, every unit's expected counted at every ancestor",
                        units.size() + " units", seconds(start), "-");

                System.out.printf("recording %,d sessions in requests of %,d%n", bulk.size(), BATCH);
                start = System.nanoTime();
                CpuUse bulkCpu = CpuUse.since(session, aggregation, organization);
                recordInBulk(ses, bulk);
                double posted = seconds(start);
                waitFor("every session in the roll-up", Duration.ofMinutes(60), () -> held(agg) == bulk.size());
                double reflected = seconds(start);
                row("sessions recorded through POST .../sessions/import (" + BATCH + " per request, 2 clients)",
                        String.format("%,d", bulk.size()), String.format("%.1f s (%,.0f/s)", posted,
                                bulk.size() / posted),
                        "-");
                row("the same sessions fully reflected in every roll-up", String.format("%,d", bulk.size()),
                        String.format("%.1f s (%,.0f/s)", reflected, bulk.size() / reflected), "≤ 120 s for 300,000");
                row("the same sessions: CPU time per session, ms (from the first request until the roll-ups hold the"
                        + " last)", String.format("%,d", bulk.size()), bulkCpu.perItem(bulk.size()), "-");

                // a tenth to warm the single-session path up, unmeasured; then the same rate twice, half of the rest
                // each: as the benchmark sent them before (sixteen threads, one HTTP/2 connection), then as sixteen
                // clients do (a connection each)
                int warm = later.size() / 10;
                int middle = warm + (later.size() - warm) / 2;
                System.out.printf("warming up: %,d single sessions%n", warm);
                recordSteadily(ses, later.subList(0, warm), steadyRate, CONNECTION_EACH);
                List<String> multiplexed = later.subList(warm, middle);
                List<String> separate = later.subList(middle, later.size());
                int inRollups = bulk.size() + warm;
                for (List<String> half : List.of(multiplexed, separate)) {
                    boolean oneConnection = half == multiplexed;
                    System.out.printf("steady rate: %d sessions/s for %d s, %s%n", steadyRate,
                            half.size() / steadyRate, oneConnection ? "one HTTP/2 connection" : "a connection each");
                    TreeMap<Double, Long> before = buckets(agg, FRESHNESS);
                    TreeMap<Double, Long> outboxBefore = buckets(ses, OUTBOX_WAIT);
                    TreeMap<Double, Long> sentBefore = buckets(agg, SINCE_SENT);
                    Batches batchesBefore = Batches.of(agg);
                    CpuUse cpu = CpuUse.since(session, aggregation, organization);
                    Steady steadily = recordSteadily(ses, half, steadyRate, oneConnection ? CLIENT : CONNECTION_EACH);
                    inRollups += half.size();
                    int expected = inRollups;
                    waitFor("the steady sessions in the roll-up", Duration.ofMinutes(10),
                            () -> held(agg) == expected);
                    String cpuPerSession = cpu.perItem(half.size());
                    TreeMap<Double, Long> after = buckets(agg, FRESHNESS);
                    String how = oneConnection
                            ? "sharing one HTTP/2 connection (as measured before)"
                            : "with a connection each (HTTP/1.1)";
                    row(String.format("single sessions sent at %d/s by 16 clients %s: accepted, request p50 / p99,"
                            + " freshness (event time → roll-up committed) p50 / p99", steadyRate, how),
                            String.format("%,d", half.size()),
                            String.format("%.0f/s, %.0f / %.0f ms, %s", steadily.rate(), steadily.p50(),
                                    steadily.p99(), p50p99(before, after)),
                            "≥ 1,000/s, p99 ≤ 50 ms; freshness p99 ≤ 250 ms");
                    row("the same sessions' freshness in its two legs, p50 / p99: in session-service's outbox (its"
                            + " transaction to the broker's acknowledgement); from the send to the roll-up committed",
                            String.format("%,d", half.size()), p50p99(outboxBefore, buckets(ses, OUTBOX_WAIT)) + "; "
                                    + p50p99(sentBefore, buckets(agg, SINCE_SENT)),
                            "-");
                    row("the same sessions: the aggregation's batches meanwhile", String.format("%,d", half.size()),
                            Batches.of(agg).since(batchesBefore), "-");
                    row("the same sessions " + how + ": CPU time per session, ms (from the first POST until the"
                            + " roll-ups hold the last)", String.format("%,d", half.size()), cpuPerSession, "-");
                }

                // health and progress in turn (H P H P H): each progress run against the mean of the health runs on
                // either side, so that whatever changes during the reads weighs on the reference as on the reads
                String progress = agg + CAMPAIGN_PATH + "/progress/" + NationalTree.CENTRAL;
                row("before the reads, waited for the machine to settle (≤ 25 % busy, at most 2 minutes)", "-",
                        CpuUse.settle(0.25, Duration.ofMinutes(2)), "-");
                // the first runs under load compile the server's hot paths (health went 3,800 → 10,900 → 17,000/s in
                // three runs): one of each first, not counted
                wrk(agg + "/q/health/live", readSeconds);
                wrk(progress, readSeconds);
                List<String[]> healths = new ArrayList<>();
                List<String[]> reads = new ArrayList<>();
                healths.add(wrkWithCpu(aggregation, agg + "/q/health/live", readSeconds));
                Map<String, Long> cacheBefore = cacheGets(agg);
                Map<String, Long> cacheAfter = cacheBefore;
                for (int round = 0; round < 2; round++) {
                    reads.add(wrkWithCpu(aggregation, progress, readSeconds));
                    cacheAfter = cacheGets(agg);
                    healths.add(wrkWithCpu(aggregation, agg + "/q/health/live", readSeconds));
                }
                for (int round = 0; round < reads.size(); round++) {
                    String[] read = reads.get(round);
                    String[] before = healths.get(round);
                    String[] after = healths.get(round + 1);
                    double healthRate = (Double.parseDouble(before[2]) + Double.parseDouble(after[2])) / 2;
                    double healthP99 = (millis(before[1]) + millis(after[1])) / 2;
                    row(String.format("GET progress at the national root, run %d of 2 (wrk, 2 threads, 16"
                            + " connections): p50 / p99, requests/s; of the mean of /q/health/live before and after:"
                            + " requests/s, p99", round + 1),
                            "-", String.format("%s / %s, %s/s; %.0f %%, %.2f ×", read[0], read[1], read[2],
                                    100 * Double.parseDouble(read[2]) / healthRate, millis(read[1]) / healthP99),
                            "≥ 75 % of /q/health/live, p99 ≤ 1.5 × its p99");
                }
                row("GET /q/health/live on the same service (wrk, same settings), before, between and after the"
                        + " progress runs: p50 / p99, requests/s", "-",
                        healths.stream().map(h -> h[0] + " / " + h[1] + ", " + h[2] + "/s")
                                .collect(Collectors.joining("; ")),
                        "-");
                row("aggregation-service's CPU time per request, µs: the progress runs; the health runs", "-",
                        reads.stream().map(r -> r[4]).collect(Collectors.joining(", ")) + "; "
                                + healths.stream().map(h -> h[4]).collect(Collectors.joining(", ")),
                        "-");
                row("the read cache (Caffeine) during the progress reads: hits, misses (cache_gets_total)", "-",
                        cacheUse(cacheBefore, cacheAfter), "-");
                baseline(postgres.ensureDatabase("session"), postgres.ensureDatabase("organization"), readSeconds);
                reconcile(agg, "after the sessions");
                if (Boolean.getBoolean("bench.reconcile-only")) {
                    // -Dbench.reconcile-only=true: the tree, the sessions and one reconciliation, nothing after
                    return;
                }
                if (Boolean.getBoolean("bench.close-after-sessions")) {
                    // -Dbench.close-after-sessions=true: the freeze alone after the sessions (to profile it)
                    close(ses, agg, units.size(), postgres.ensureDatabase("aggregation"));
                    return;
                }
                if (tree.provinces > 1) {
                    merge(org, agg, tree, CpuUse.since(session, aggregation, organization));
                    reconcile(agg, "after the merger");
                }
                rebuild(agg);
                reconcile(agg, "after the rebuild");
                close(ses, agg, units.size(), postgres.ensureDatabase("aggregation"));
            }
        }
        System.out.println();
        System.out.println("| what | rows | measured | target |");
        System.out.println("|---|---:|---|---|");
        table.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));
    }

    private ServiceProcess service(String name, String database, PostgresServer postgres, KafkaServer kafka,
            Path root, Path logs) {
        return service(name, database, postgres, kafka, root, logs, Map.of());
    }

    private ServiceProcess service(String name, String database, PostgresServer postgres, KafkaServer kafka,
            Path root, Path logs, Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(TestTokens.oidcConfig());
        config.putAll(extra);
        config.put("quarkus.datasource.jdbc.url", postgres.ensureDatabase(database));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.log.level", "WARN");
        // one caller measuring the services: the per-caller limit (1,000/s) would answer the reads with 429s
        config.put("rate-limit.enabled", "false");
        // -Dbench.service.KEY=VALUE: KEY=VALUE for every service, -Dbench.aggregation-service.KEY=VALUE for one (a
        // setting's A/B, minutes apart)
        for (String prefix : List.of("bench.service.", "bench." + name + ".")) {
            System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                    .forEach(key -> config.put(key.substring(prefix.length()), System.getProperty(key)));
        }
        return new ServiceProcess(name, root, logs, config, "2g");
    }

    private void recordInBulk(String ses, List<String> units) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<?>> sent = new ArrayList<>();
        for (int from = 0; from < units.size(); from += BATCH) {
            List<String> slice = units.subList(from, Math.min(units.size(), from + BATCH));
            sent.add(clients.submit(() -> {
                List<Map<String, Object>> rows = slice.stream().map(unit -> Map.<String, Object>of("unitCode", unit,
                        "heldOn", "2026-06-15", "attendance", Map.of("expected", 20, "present", 18))).toList();
                HttpResponse<String> response = post(ses + "/api/v1/campaigns/1-KH%2FTW/sessions/import", rows);
                if (response.statusCode() != 200 || !response.body().contains("\"errors\":[]")) {
                    throw new IllegalStateException("import answered " + response.statusCode() + ": "
                            + response.body().substring(0, Math.min(300, response.body().length())));
                }
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        clients.shutdown();
    }

    /** The single sessions' rate of acceptance and their requests' latency. */
    private record Steady(double rate, double p50, double p99) {
    }

    /** One session per request, paced at the rate, from sixteen clients. */
    private Steady recordSteadily(String ses, List<String> units, int rate, HttpClient client) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<Long>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < units.size(); i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String unit = units.get(i);
            sent.add(clients.submit(() -> {
                long began = System.nanoTime();
                HttpResponse<String> response = post(client, ses + "/api/v1/campaigns/1-KH%2FTW/sessions",
                        Map.of("unitCode", unit, "heldOn", "2026-06-20"));
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("session answered " + response.statusCode());
                }
                return System.nanoTime() - began;
            }));
        }
        List<Long> nanos = new ArrayList<>();
        for (Future<Long> future : sent) {
            nanos.add(future.get());
        }
        double seconds = seconds(start);
        System.out.printf("steady phase: %,d sessions in %.1f s (%.0f/s)%n", units.size(), seconds,
                units.size() / seconds);
        clients.shutdown();
        nanos.sort(null);
        return new Steady(units.size() / seconds, nanos.get(nanos.size() / 2) / 1e6,
                nanos.get((int) Math.min(nanos.size() - 1, Math.ceil(nanos.size() * 0.99) - 1)) / 1e6);
    }

    /**
     * The baseline: the national figure (units held by kind, of those expected) computed on demand, by a recursive
     * query down the hierarchy over the session data, as a report would without a roll-up.
     */
    private void baseline(String sessionDb, String orgDb, int readSeconds) throws Exception {
        String sql = """
                WITH RECURSIVE subtree AS (
                    SELECT code, kind FROM known_unit WHERE code = ?
                    UNION ALL
                    SELECT k.code, k.kind FROM known_unit k JOIN subtree s ON k.parent_code = s.code
                )
                SELECT t.kind, count(*) AS expected, count(r.id) AS held
                FROM subtree t
                LEFT JOIN review_session r ON r.unit_code = t.code AND r.campaign_id =
                    (SELECT id FROM campaign WHERE code = ?) AND r.status <> 'DRAFT'
                WHERE t.kind IN ('GRASSROOTS_COMMITTEE', 'CELL')
                GROUP BY t.kind""";
        try (Connection connection = DriverManager.getConnection(sessionDb, PostgresServer.USER,
                PostgresServer.PASSWORD); PreparedStatement query = connection.prepareStatement(sql)) {
            List<Long> nanos = new ArrayList<>();
            long end = System.nanoTime() + readSeconds * 1_000_000_000L;
            String answer = "";
            while (System.nanoTime() < end || nanos.size() < 3) {
                long start = System.nanoTime();
                query.setString(1, NationalTree.CENTRAL);
                query.setString(2, CAMPAIGN);
                StringBuilder figures = new StringBuilder();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        figures.append(rows.getString(1)).append(' ').append(rows.getLong(3)).append('/')
                                .append(rows.getLong(2)).append(' ');
                    }
                }
                nanos.add(System.nanoTime() - start);
                answer = figures.toString().strip();
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            double total = Arrays.stream(sorted).sum() / 1e9;
            row("baseline: the same national figure by a recursive query over the session data (one connection)",
                    answer, String.format("%.0f ms / %.0f ms, %.1f/s", sorted[sorted.length / 2] / 1e6,
                            sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                            sorted.length / total),
                    "-");
        }
    }

    /**
     * The national campaign reconciled: every counter against a recount from the stored states, every contribution
     * against the rule, the states against session-service's own records.
     */
    private void reconcile(String agg, String when) throws Exception {
        long heapBefore = heapUsed(agg);
        AtomicLong peak = new AtomicLong(heapBefore);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                try {
                    peak.accumulateAndGet(heapUsed(agg), Math::max);
                    Thread.sleep(200);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<String> response = post(agg + "/api/v1/rollups/reconciliation?campaignCode="
                + CAMPAIGN.replace("/", "%2F"), Map.of());
        double took = seconds(start);
        done.set(true);
        sampler.join();
        JsonNode report = JSON.readTree(response.body());
        row("reconciliation " + when + ": the aggregation's heap in use (all spaces, garbage included; -Xmx"
                + AGGREGATION_HEAP + ")",
                "-", String.format("%,d MB before, peak %,d MB during", heapBefore >> 20, peak.get() >> 20), "bounded");
        row("reconciliation " + when + ": counters, contributions and owners' records compared, differing",
                String.format("%,d units", report.path("units").asLong()), String.format("%,d counters, %,d"
                        + " contributions, %,d records (%,d in flight); %,d differ, %.1f s",
                        report.path("counters").asLong(), report.path("contributions").asLong(),
                        report.at("/records/compared").asLong(), report.at("/records/inFlight").asLong(),
                        report.path("drifted").asLong(), took),
                "0 differ");
    }

    /** The service's heap in use now, from its metrics (every heap space of the JVM, summed). */
    private long heapUsed(String service) throws Exception {
        return (long) metrics(service).lines().filter(line -> line.startsWith("jvm_memory_used_bytes{")
                && line.contains("area=\"heap\"")).mapToDouble(line -> Double.parseDouble(
                        line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /**
     * A province merger, as in 2025: every district of the first province, each with its communes and cells, moves
     * under the second; timed until both provinces' roll-ups show it.
     */
    private void merge(String org, String agg, NationalTree tree, CpuUse cpu) throws Exception {
        long movedExpected = expected(agg, "P0");
        long target = expected(agg, "P1") + movedExpected;
        int units = tree.districtsPerProvince * (1 + tree.communesPerDistrict * (1 + tree.cellsPerCommune));
        double servedBefore = serverSeconds(org, "/api/v1/units/{code}/move");
        long start = System.nanoTime();
        for (int d = 0; d < tree.districtsPerProvince; d++) {
            HttpResponse<String> moved = post(org + "/api/v1/units/P0.D" + d + "/move", Map.of("newParentCode", "P1",
                    "effectiveDate", LocalDate.now().toString()));
            if (moved.statusCode() != 200) {
                throw new IllegalStateException("move answered " + moved.statusCode() + ": " + moved.body());
            }
        }
        double requested = seconds(start);
        double served = serverSeconds(org, "/api/v1/units/{code}/move") - servedBefore;
        waitFor("the merger in the roll-ups", Duration.ofMinutes(30),
                () -> expected(agg, "P1") == target && expected(agg, "P0") == 0);
        row(String.format("province merger: %d district subtrees (%,d units) moved under another province, every"
                + " ancestor re-rolled (moves requested in %.1f s, of which organization-service's own time"
                + " answering them %.1f s)", tree.districtsPerProvince, units, requested, served),
                String.format("%,d units", units), seconds(start), "≤ 5 s for 10,000 units");
        row("the same merger: CPU time per moved unit, ms (from the first move until the roll-ups show the last)",
                String.format("%,d units", units), cpu.perItem(units), "-");
    }

    /** Every roll-up emptied and rebuilt from the topics; the national figures must come back the same. */
    private void rebuild(String agg) throws Exception {
        JsonNode before = progress(agg);
        long start = System.nanoTime();
        HttpResponse<String> started = post(agg + "/api/v1/rollups/rebuild", Map.of());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("rebuild answered " + started.statusCode() + ": " + started.body());
        }
        JsonNode[] status = new JsonNode[1];
        waitFor("the rebuild", Duration.ofMinutes(60), () -> {
            status[0] = JSON.readTree(get(agg + "/api/v1/rollups/rebuild").body());
            return !status[0].path("state").asText().equals("RUNNING");
        });
        double took = seconds(start);
        JsonNode after = progress(agg);
        boolean same = before.path("byKind").equals(after.path("byKind"))
                && before.path("members").equals(after.path("members"));
        row("full rebuild from the topics (" + status[0].path("state").asText() + ", national figures "
                + (same ? "identical" : "DIFFERENT: " + after.path("byKind")) + ")",
                String.format("%,d events", status[0].path("events").asLong()), took, "≤ 5 min");
    }

    /** The campaign closed: every unit's roll-up frozen as it stands; beside it, the rows written by plain JDBC. */
    private void close(String ses, String agg, int units, String aggregationDatabase) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> closed = post(ses + CAMPAIGN_PATH + "/close", Map.of());
        if (closed.statusCode() != 200) {
            throw new IllegalStateException("close answered " + closed.statusCode() + ": " + closed.body());
        }
        waitFor("the frozen roll-ups", Duration.ofMinutes(30), () -> get(agg + CAMPAIGN_PATH + "/progress/"
                + NationalTree.CENTRAL + "/final").statusCode() == 200);
        row("campaign closed: the roll-up at every unit frozen", String.format("%,d units", units), seconds(start),
                "≤ 10 s");
        // its events relayed before the baseline, which would share the cores
        start = System.nanoTime();
        String database = ImportBenchmark.asTheServiceConnects(aggregationDatabase);
        waitFor("the frozen roll-ups' events relayed", Duration.ofMinutes(30), () -> outboxEmpty(database));
        row("the frozen roll-ups' events relayed to Kafka (after the close)", String.format("%,d events", units),
                seconds(start), "-");
        start = System.nanoTime();
        int written = FairFreezeBaseline.write(database, CAMPAIGN);
        row("fair baseline: the same frozen rows and their outbox events (CloudEvents around the same JSON) by JDBC"
                + " batches into copies of the two tables, one transaction", String.format("%,d units", written),
                seconds(start), "-");
    }

    private static boolean outboxEmpty(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM outbox_event)")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private String[] wrk(String url, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", "--latency", "-H",
                "Authorization: Bearer " + token(), url).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        System.out.println(out);
        if (out.contains("Non-2xx")) {
            throw new IllegalStateException(url + " answered with errors under load; the figures would be theirs");
        }
        return new String[]{find(out, "\\s50%\\s+(\\S+)"), find(out, "\\s99%\\s+(\\S+)"),
                find(out, "Requests/sec:\\s+(\\S+)"), find(out, "(\\d+) requests in")};
    }

    /** {@link #wrk}'s figures, and the service's CPU time per request during the run (µs). */
    private String[] wrkWithCpu(ServiceProcess service, String url, int seconds) throws Exception {
        Duration before = service.cpuTime();
        String[] figures = wrk(url, seconds);
        double micros = service.cpuTime().minus(before).toNanos() / 1e3 / Math.max(1, Long.parseLong(figures[3]));
        return new String[]{figures[0], figures[1], figures[2], figures[3], String.format("%.0f", micros)};
    }

    /** A latency as wrk prints it (850.00us, 4.28ms, 1.02s), in milliseconds. */
    private static double millis(String latency) {
        Matcher matcher = Pattern.compile("([\\d.]+)(us|ms|s)").matcher(latency);
        if (!matcher.matches()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            default -> value * 1000;
        };
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private long held(String agg) throws Exception {
        JsonNode progress = progress(agg);
        return progress.at("/byKind/GRASSROOTS_COMMITTEE/held").asLong() + progress.at("/byKind/CELL/held").asLong();
    }

    private long expected(String agg) throws Exception {
        return expected(agg, NationalTree.CENTRAL);
    }

    private long expected(String agg, String unit) throws Exception {
        JsonNode progress = progress(agg, unit);
        return progress.at("/byKind/GRASSROOTS_COMMITTEE/expected").asLong()
                + progress.at("/byKind/CELL/expected").asLong();
    }

    private JsonNode progress(String agg) throws Exception {
        return progress(agg, NationalTree.CENTRAL);
    }

    private JsonNode progress(String agg, String unit) throws Exception {
        HttpResponse<String> response = get(agg + CAMPAIGN_PATH + "/progress/" + unit);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createObjectNode();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token()).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The service's metrics in Prometheus's text format. */
    private static String metrics(String baseUrl) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The aggregation's consumed batches since it started: how many, their records and apply time in all. */
    private record Batches(double count, double records, double seconds) {

        static Batches of(String agg) throws Exception {
            String metrics = metrics(agg);
            return new Batches(series(metrics, "tusoi_rollup_batch_seconds_count"),
                    series(metrics, "tusoi_rollup_batch_records_sum"),
                    series(metrics, "tusoi_rollup_batch_seconds_sum"));
        }

        private static double series(String metrics, String name) {
            Matcher matcher = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE)
                    .matcher(metrics);
            return matcher.find() ? Double.parseDouble(matcher.group(2)) : 0;
        }

        /** The batches between an earlier reading and this one: count, mean records, mean apply time. */
        String since(Batches before) {
            double batches = count - before.count;
            return String.format("%,.0f batches, %.1f records and %.1f ms each on average", batches,
                    (records - before.records) / Math.max(1, batches),
                    1000 * (seconds - before.seconds) / Math.max(1, batches));
        }
    }

    /** The time a service spent answering requests to one path template since it started (its HTTP metric). */
    private static double serverSeconds(String baseUrl, String uriTemplate) throws Exception {
        Matcher matcher = Pattern.compile("http_server_requests_seconds_sum\\{[^}]*uri=\"" + Pattern.quote(uriTemplate)
                + "\"[^}]*}\\s+(\\S+)").matcher(metrics(baseUrl));
        double seconds = 0;
        while (matcher.find()) {
            seconds += Double.parseDouble(matcher.group(1));
        }
        return seconds;
    }

    /** The read cache's look-ups since the aggregation started, by result (hit, miss). */
    private Map<String, Long> cacheGets(String agg) throws Exception {
        String metrics = metrics(agg);
        Map<String, Long> gets = new TreeMap<>();
        Matcher matcher = Pattern
                .compile("cache_gets_total\\{[^}]*cache=\"rollups\"[^}]*result=\"(\\w+)\"[^}]*}\\s+(\\S+)")
                .matcher(metrics);
        while (matcher.find()) {
            gets.merge(matcher.group(1), (long) Double.parseDouble(matcher.group(2)), Long::sum);
        }
        return gets;
    }

    private static String cacheUse(Map<String, Long> before, Map<String, Long> after) {
        long hits = after.getOrDefault("hit", 0L) - before.getOrDefault("hit", 0L);
        long misses = after.getOrDefault("miss", 0L) - before.getOrDefault("miss", 0L);
        return String.format("%,d, %,d (%.1f %% hits)", hits, misses, 100.0 * hits / Math.max(1, hits + misses));
    }

    /**
     * A service's timer histogram (Micrometer's percentile buckets, {@code tusoi_rollup_freshness_seconds} and its
     * legs): the count within each bound (seconds), since the service started.
     */
    private static TreeMap<Double, Long> buckets(String baseUrl, String histogram) throws Exception {
        String metrics = metrics(baseUrl);
        TreeMap<Double, Long> buckets = new TreeMap<>();
        Matcher matcher = Pattern.compile(
                Pattern.quote(histogram) + "_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*}\\s+(\\S+)").matcher(metrics);
        while (matcher.find()) {
            double bound = matcher.group(1).equals("+Inf")
                    ? Double.POSITIVE_INFINITY
                    : Double.parseDouble(matcher.group(1));
            buckets.put(bound, (long) Double.parseDouble(matcher.group(2)));
        }
        return buckets;
    }

    /** p50 / p99 of what a histogram counted between two readings, as bucket bounds in ms. */
    private static String p50p99(TreeMap<Double, Long> before, TreeMap<Double, Long> after) {
        return String.format("≤ %.0f / ≤ %.0f ms", quantile(before, after, 0.5) * 1000,
                quantile(before, after, 0.99) * 1000);
    }

    /** The bucket bound under which the given share of the events applied between the two readings fall. */
    private static double quantile(TreeMap<Double, Long> before, TreeMap<Double, Long> after, double share) {
        long total = after.lastEntry().getValue() - before.getOrDefault(after.lastKey(), 0L);
        for (Map.Entry<Double, Long> bucket : after.entrySet()) {
            long within = bucket.getValue() - before.getOrDefault(bucket.getKey(), 0L);
            if (within >= share * total) {
                return bucket.getKey();
            }
        }
        return Double.NaN;
    }

    private HttpResponse<String> post(String url, Object body) throws Exception {
        return post(CLIENT, url, body);
    }

    private HttpResponse<String> post(HttpClient client, String url, Object body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void ndjson(String url, List<Map<String, String>> rows) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Map<String, String> row : rows) {
            body.append(JSON.writeValueAsString(row)).append('\n');
        }
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"errors\":[]")) {
            throw new IllegalStateException("unit import answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(String what, Duration limit, Condition condition) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + limit);
            }
            Thread.sleep(250);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The administrator's token, renewed before its hour runs out: the national run takes longer. */
    private String token() {
        if (System.nanoTime() - tokenIssued > Duration.ofMinutes(30).toNanos()) {
            token = TestTokens.admin();
            tokenIssued = System.nanoTime();
        }
        return token;
    }

    private void row(String what, String rows, String measured, String target) {
        System.out.println(what + ": " + measured);
        table.add(new String[]{what, rows, measured, target});
    }

    private void row(String what, String rows, double seconds, String target) {
        row(what, rows, String.format("%.1f s", seconds), target);
    }
}
