package vn.tusoi.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.tusoi.stack.PostgresServer;

/**
 * Unit search on the imported tree, one client at a time: {@code GET /api/v1/units?q=} for a district's, a commune's
 * or a commune's code, with the trigram index; then, as the baselines of the same run, {@code /q/health/live} (the
 * service's floor) and the same searches with the index dropped (the scan it replaced), after which it is made again.
 */
final class UnitSearchLatency {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String INDEX = "unit_search_trigram";

    private final String baseUrl;
    private final String token;
    private final String databaseUrl;
    private final NationalTree tree;

    UnitSearchLatency(String baseUrl, String token, String databaseUrl, NationalTree tree) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.databaseUrl = databaseUrl;
        this.tree = tree;
    }

    /** Rows of {@code | what | requests | p50 ms | p99 ms |}. */
    List<String[]> measure(int requests) throws Exception {
        settle();
        List<String> texts = texts(requests);
        List<String> searches = texts.stream()
                .map(text -> "/api/v1/units?size=20&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).toList();
        latencies("warm-up", searches.subList(0, Math.min(50, searches.size())));
        List<String[]> rows = new ArrayList<>();
        rows.add(latencies("GET /api/v1/units?q= (a district's or commune's name, or a commune's code), trigram index",
                searches));
        rows.add(latencies("baseline: GET /q/health/live", searches.stream().map(q -> "/q/health/live").toList()));
        rows.addAll(statements(texts));
        String definition = sql("SELECT pg_get_indexdef('" + INDEX + "'::regclass)");
        sql("DROP INDEX " + INDEX);
        try {
            rows.add(latencies("baseline: the same searches without the index (the scan before it)",
                    searches.subList(0, Math.min(100, searches.size()))));
        } finally {
            sql(definition);
        }
        return rows;
    }

    /**
     * Waits for the import's aftermath, which would otherwise share the searches' time: the relay publishing the
     * import's events (until the outbox is empty) and the vacuum and statistics of the tables the import filled.
     */
    private void settle() throws Exception {
        System.out.println("settling: the import's events relayed, its tables vacuumed and analysed");
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (Long.parseLong(sql("SELECT count(*) FROM outbox_event")) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the outbox was not empty after 10 minutes");
            }
            Thread.sleep(500);
        }
        sql("VACUUM ANALYZE org_unit, unit_search");
    }

    /** Typed as a user types them: "huyen <place>", "xa <place>", or a commune's code. */
    private List<String> texts(int requests) {
        List<String> searches = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String cell = tree.cell(i * 7919L);
            String commune = cell.substring(0, cell.lastIndexOf('.'));
            String text = switch (i % 3) {
                case 0 -> "huyen " + NationalTree.name(i * 31);
                case 1 -> "xa " + NationalTree.name(i * 997);
                default -> commune;
            };
            searches.add(text);
        }
        return searches;
    }

    /**
     * The database's share, by JDBC on one open connection: the two statements a search ran until 2026-12-05 (its page
     * of 20, ordered, and the count of all matches), each alone, and two ways of asking for the page and the total in
     * one statement (a window count, as the service asks since; the matches gathered once, narrow, then counted and
     * paged).
     */
    private List<String[]> statements(List<String> texts) throws Exception {
        String matches = "id IN (SELECT unit_id FROM unit_search WHERE search_text LIKE ? ESCAPE '\\')"
                + " AND valid_to IS NULL";
        String page = "SELECT * FROM org_unit WHERE " + matches + " ORDER BY depth, code LIMIT 20";
        String count = "SELECT count(*) FROM org_unit WHERE " + matches;
        return List.of(
                statements("baseline: the search's two statements (page of 20, count) by JDBC", texts, page, count),
                statements("baseline: its page statement alone", texts, page),
                statements("baseline: its count statement alone", texts, count),
                statements("baseline: page and total in one statement, a window count", texts,
                        "SELECT *, count(*) OVER () FROM org_unit WHERE " + matches + " ORDER BY depth, code LIMIT 20"),
                statements("baseline: page and total in one statement, the matches gathered once", texts,
                        "WITH matches AS MATERIALIZED (SELECT id, depth, code FROM org_unit WHERE " + matches + ")"
                                + " SELECT u.*, (SELECT count(*) FROM matches) FROM (SELECT id, depth, code FROM"
                                + " matches ORDER BY depth, code LIMIT 20) p JOIN org_unit u ON u.id = p.id"
                                + " ORDER BY p.depth, p.code"),
                // the first row again, last: how much of its figure is its place in the order
                statements("baseline: the search's two statements again, after the others", texts, page, count));
    }

    private String[] statements(String what, List<String> texts, String... sqls) throws Exception {
        System.out.println("running: " + what);
        long[] nanos = new long[texts.size()];
        try (Connection connection = DriverManager.getConnection(databaseUrl, PostgresServer.USER,
                PostgresServer.PASSWORD)) {
            List<PreparedStatement> statements = new ArrayList<>();
            for (String sql : sqls) {
                statements.add(connection.prepareStatement(sql));
            }
            for (int i = 0; i < texts.size(); i++) {
                String pattern = "%" + folded(texts.get(i)) + "%";
                long start = System.nanoTime();
                for (PreparedStatement statement : statements) {
                    statement.setString(1, pattern);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            result.getString(1);
                        }
                    }
                }
                nanos[i] = System.nanoTime() - start;
            }
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
        Arrays.sort(nanos);
        return new String[]{what, String.format("%,d", nanos.length), millis(nanos, 0.50), millis(nanos, 0.99)};
    }

    private String[] latencies(String what, List<String> paths) throws Exception {
        System.out.println("running: " + what);
        long[] nanos = new long[paths.size()];
        for (int i = 0; i < paths.size(); i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + paths.get(i)))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
            long start = System.nanoTime();
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(paths.get(i) + " answered " + response.statusCode());
            }
        }
        Arrays.sort(nanos);
        return new String[]{what, String.format("%,d", nanos.length), millis(nanos, 0.50), millis(nanos, 0.99)};
    }

    /** The text as the service folds it (no marks, đ as d, lower case); the bench's texts hold no % nor _. */
    private static String folded(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String millis(long[] sorted, double quantile) {
        int at = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.1f", sorted[Math.max(0, at)] / 1e6);
    }

    private String sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl, PostgresServer.USER,
                PostgresServer.PASSWORD); var result = connection.createStatement()) {
            if (result.execute(statement)) {
                var rows = result.getResultSet();
                rows.next();
                return rows.getString(1);
            }
            return null;
        }
    }
}
