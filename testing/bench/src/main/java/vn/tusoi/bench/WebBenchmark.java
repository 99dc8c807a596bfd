package vn.tusoi.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.KeycloakServer;
import vn.tusoi.stack.PostgresServer;
import vn.tusoi.testsupport.ServiceProcess;

/**
 * The dashboard's benchmark: a national tree under the Central Committee with a campaign and a session at most of its
 * units, the packaged web front end, signed in once through Keycloak's login form as a national administrator. Then:
 * the progress page at the national root, timed over many requests (p50 / p95), beside its baseline in the same run
 * (the aggregation's JSON roll-up the page is built on); the page's weight compressed; and how long a session recorded
 * through the API takes to reach an open page's live stream.
 *
 * <p>
 * Arguments: {@code [provinces districts communes cells requests liveSamples]}, by default {@code 34 3 10 5 300 10}.
 */
public final class WebBenchmark {

    static final String CAMPAIGN = "WEB-BENCH/TW";
    /** The web front end paces live updates at one a second: a recorded session waits this long after the last. */
    static final long PACING_MILLIS = 1_500;
    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int[] a = {34, 3, 10, 5, 300, 10};
        for (int i = 0; i < Math.min(args.length, a.length); i++) {
            a[i] = Integer.parseInt(args[i]);
        }
        new WebBenchmark().run(new NationalTree(a[0], a[1], a[2], a[3]), a[4], a[5]);
    }

    private void run(NationalTree tree, int requests, int liveSamples) throws Exception {
        Path root = Path.of(System.getProperty("stack.root", "."));
        Path logs = root.resolve("testing/bench/target/logs");
        Files.createDirectories(logs);
        List<Map<String, String>> units = tree.units(true);
        List<String> inScope = units.stream().filter(u -> u.get("kind").equals("GRASSROOTS_COMMITTEE")
                || u.get("kind").equals("CELL")).map(u -> u.get("code")).toList();
        List<String> held = inScope.subList(0, inScope.size() - liveSamples);
        List<String> live = inScope.subList(inScope.size() - liveSamples, inScope.size());
        try (PostgresServer postgres = PostgresServer.startTemporary();
                KafkaServer kafka = KafkaServer.start();
                KeycloakServer keycloak = new KeycloakServer(Path.of(System.getProperty("keycloak.home")), logs)) {
            ServiceProcess web = new ServiceProcess("web", root, logs, Map.of());
            keycloak.start(root.resolve("deploy/keycloak/tusoi-realm.json"),
                    realm -> KeycloakServer.webClientAt(realm, web.baseUrl(), null));
            try (ServiceProcess organization = service("organization-service", "organization", postgres, kafka,
                    keycloak, root, logs);
                    ServiceProcess session = service("session-service", "session", postgres, kafka, keycloak, root,
                            logs);
                    ServiceProcess aggregation = service("aggregation-service", "aggregation", postgres, kafka,
                            keycloak, root, logs);
                    web) {
                organization.start();
                session.configure("organization.url", organization.baseUrl()).start();
                aggregation.configure("session.url", session.baseUrl()).start();
                web.configure("quarkus.oidc.auth-server-url", keycloak.realmUrl())
                        .configure("quarkus.rest-client.organization.url", organization.baseUrl())
                        .configure("quarkus.rest-client.session.url", session.baseUrl())
                        .configure("quarkus.rest-client.aggregation.url", aggregation.baseUrl()).start();
                String admin = "Bearer " + keycloak.token("admin", "admin");
                HttpClient api = HttpClient.newHttpClient();

                System.out.printf("importing %,d units, recording %,d sessions%n", units.size(), held.size());
                // the whole tree as one NDJSON request (a JSON import takes at most 100,000 units)
                StringBuilder ndjson = new StringBuilder();
                for (Map<String, String> unit : units) {
                    ndjson.append(json.writeValueAsString(unit)).append('\n');
                }
                expect(200, sendText(api, organization.baseUrl() + "/api/v1/units/import", admin,
                        "application/x-ndjson", ndjson.toString()).statusCode());
                Map<String, Object> campaign = Map.of("code", CAMPAIGN, "title", "Tự soi, tự sửa toàn quốc",
                        "issuingUnitCode", NationalTree.CENTRAL, "scopeKinds", List.of("GRASSROOTS_COMMITTEE", "CELL"),
                        "startDate", "2026-01-01", "deadline", "2026-12-31");
                await(() -> post(api, session.baseUrl() + "/api/v1/campaigns", admin, campaign) == 201);
                String rollupAtRoot = aggregation.baseUrl() + "/api/v1/campaigns/" + encode(CAMPAIGN) + "/progress/"
                        + NationalTree.CENTRAL;
                // session-service learns the units from their events: a national tree takes a while
                await(() -> expectedAt(api, rollupAtRoot, admin) == inScope.size());
                String sessions = session.baseUrl() + "/api/v1/campaigns/" + encode(CAMPAIGN) + "/sessions";
                for (int from = 0; from < held.size(); from += 5000) {
                    List<Map<String, Object>> batch = new ArrayList<>();
                    for (String unit : held.subList(from, Math.min(held.size(), from + 5000))) {
                        batch.add(sessionOf(unit));
                    }
                    // an import answers 200 with the rows it refused: every row must be in
                    String report = postForBody(api, sessions + "/import", admin, batch);
                    if (!report.contains("\"errors\":[]")) {
                        throw new IllegalStateException("session import refused rows: " + report.substring(0,
                                Math.min(300, report.length())));
                    }
                }
                String rollup = rollupAtRoot;
                await(() -> heldAt(api, rollup, admin) == held.size());

                HttpClient browser = signIn(web.baseUrl(), "admin", "admin");
                String page = web.baseUrl() + "/tien-do?campaign=" + encode(CAMPAIGN) + "&unit="
                        + NationalTree.CENTRAL;
                String html = get(browser, page, Map.of()).body();
                if (!html.contains(String.format("%,d", held.size()).replace(',', '.') + "/")) {
                    throw new IllegalStateException("the page does not show the national figure");
                }
                double[] pageTimes = time(() -> get(browser, page, Map.of()).statusCode(), requests);
                double[] baseline = time(() -> get(api, rollup, Map.of("Authorization", admin)).statusCode(),
                        requests);
                row("progress page at the national root (" + tree.provinces + " provinces in its table, "
                        + String.format("%,d", units.size()) + " units), sequential: p50 / p95",
                        requests + " requests", ms(pageTimes, 0.5) + " / " + ms(pageTimes, 0.95), "p95 ≤ 300 ms");
                row("baseline: the aggregation's JSON roll-up at the same unit (what the page reads first)",
                        requests + " requests", ms(baseline, 0.5) + " / " + ms(baseline, 0.95), "-");
                row("the page's weight, gzipped: its HTML + htmx, its SSE extension, the style sheet and the live script",
                        "1 page",
                        String.format("%.1f KB + %.1f KB", gzipped(html) / 1024.0,
                                (gzipped(get(browser, web.baseUrl() + "/webjars/htmx.org/2.0.4/dist/htmx.min.js",
                                        Map.of()).body()) + gzipped(
                                                get(browser, web.baseUrl()
                                                        + "/webjars/htmx-ext-sse/2.2.2/sse.js", Map.of()).body())
                                        + gzipped(get(browser, web.baseUrl() + "/static/app.css", Map.of())
                                                .body())
                                        + gzipped(get(browser, web.baseUrl()
                                                + "/static/live.js", Map.of()).body()))
                                        / 1024.0),
                        "< 200 KB");

                List<Double> delays = new ArrayList<>();
                long count = held.size();
                for (String unit : live) {
                    count++;
                    delays.add(liveDelay(browser, web.baseUrl() + "/tien-do/truc-tiep?campaign=" + encode(CAMPAIGN)
                            + "&unit=" + NationalTree.CENTRAL, String.format("%,d", count).replace(',', '.') + "/",
                            () -> post(api, sessions, admin, sessionOf(unit))));
                }
                Collections.sort(delays);
                row("a session recorded through the API, until an open page's live stream shows it: p50 / max",
                        live.size() + " sessions", String.format("%.0f ms / %.0f ms", delays.get(delays.size() / 2),
                                delays.get(delays.size() - 1)),
                        "≤ 1 s");
                System.out.println();
                System.out.println("| measure | of | result | target |");
                System.out.println("|---|---|---|---|");
                ROWS.forEach(System.out::println);
            }
        }
    }

    private static final List<String> ROWS = new ArrayList<>();

    private static void row(String measure, String of, String result, String target) {
        String line = "| " + measure + " | " + of + " | " + result + " | " + target + " |";
        ROWS.add(line);
        System.out.println(line);
    }

    private static Map<String, Object> sessionOf(String unit) {
        return Map.of("unitCode", unit, "heldOn", "2026-06-15", "kind", "THEMATIC", "attendance",
                Map.of("expected", 20, "present", 19));
    }

    private static ServiceProcess service(String name, String database, PostgresServer postgres, KafkaServer kafka,
            KeycloakServer keycloak, Path root, Path logs) {
        // a national tree is imported in one request and applied in large batches: the roll-up benchmark's heap
        return ServiceProcess.onStack(name, database, postgres, kafka, root, logs, keycloak.oidcConfig()).heap("2g");
    }

    /**
     * Signs in as a browser would, once: the web front end sends to Keycloak's login page, whose form takes the
     * password and sends back with a code; the session cookie is kept in the returned client.
     */
    static HttpClient signIn(String webUrl, String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(webUrl + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form at " + login.uri());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=";
        HttpResponse<String> landed = client.send(HttpRequest.newBuilder(URI.create(action.group(1)
                .replace("&amp;", "&"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!landed.uri().toString().startsWith(webUrl) || landed.statusCode() != 200) {
            throw new IllegalStateException("sign-in ended at " + landed.uri() + " with " + landed.statusCode());
        }
        return client;
    }

    /**
     * A browser's cookies, as far as signing in on loopback needs them: kept per host and name, sent back whatever
     * their Secure flag (Keycloak marks its cookies Secure; a browser treats localhost as a secure origin, the JDK's
     * cookie manager does not).
     */
    static final class LoopbackCookies extends CookieHandler {

        private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            Map<String, String> cookies = byHost.computeIfAbsent(uri.getHost(), host -> new ConcurrentHashMap<>());
            for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
                if (header.getKey() != null && header.getKey().equalsIgnoreCase("Set-Cookie")) {
                    for (String value : header.getValue()) {
                        for (HttpCookie cookie : HttpCookie.parse(value)) {
                            if (cookie.getMaxAge() == 0) {
                                cookies.remove(cookie.getName());
                            } else {
                                cookies.put(cookie.getName(), cookie.getValue());
                            }
                        }
                    }
                }
            }
        }
    }

    /** Opens the live stream, waits for its first event, then records and times until an event shows {@code text}. */
    private static double liveDelay(HttpClient browser, String stream, String text, Action record) throws Exception {
        HttpResponse<java.io.InputStream> response = browser.send(HttpRequest.newBuilder(URI.create(stream))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("data:")) {
                // the first event: the page as it is
            }
            // a page is open longer than the stream's one-update-a-second pacing: record after it has passed
            Thread.sleep(PACING_MILLIS);
            long start = System.nanoTime();
            CompletableFuture.runAsync(() -> {
                try {
                    record.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:") && line.contains(text)) {
                    return (System.nanoTime() - start) / 1e6;
                }
            }
            throw new IllegalStateException("the stream ended before showing " + text);
        }
    }

    @FunctionalInterface
    interface Action {
        Object run() throws Exception;
    }

    private static double[] time(Action request, int count) throws Exception {
        for (int i = 0; i < Math.min(20, count); i++) {
            request.run(); // warm-up
        }
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Object status = request.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (!Integer.valueOf(200).equals(status)) {
                throw new IllegalStateException("answered " + status);
            }
        }
        java.util.Arrays.sort(millis);
        return millis;
    }

    private static String ms(double[] sorted, double quantile) {
        return String.format("%.1f ms", sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length)
                - 1)]);
    }

    private static int gzipped(String text) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.size();
    }

    private static HttpResponse<String> get(HttpClient client, String url, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int post(HttpClient client, String url, String bearer, Object body) throws Exception {
        return sendText(client, url, bearer, "application/json", json.writeValueAsString(body)).statusCode();
    }

    private String postForBody(HttpClient client, String url, String bearer, Object body) throws Exception {
        HttpResponse<String> response = sendText(client, url, bearer, "application/json",
                json.writeValueAsString(body));
        expect(200, response.statusCode());
        return response.body();
    }

    private static HttpResponse<String> sendText(HttpClient client, String url, String bearer, String type,
            String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, int answered) {
        if (answered != status) {
            throw new IllegalStateException("expected " + status + ", the service answered " + answered);
        }
    }

    private long expectedAt(HttpClient client, String rollup, String bearer) throws Exception {
        HttpResponse<String> response = get(client, rollup, Map.of("Authorization", bearer));
        if (response.statusCode() != 200) {
            return -1;
        }
        long expected = 0;
        for (JsonNode kind : json.readTree(response.body()).path("byKind")) {
            expected += kind.path("expected").asLong();
        }
        return expected;
    }

    private long heldAt(HttpClient client, String rollup, String bearer) throws Exception {
        HttpResponse<String> response = get(client, rollup, Map.of("Authorization", bearer));
        if (response.statusCode() != 200) {
            return -1;
        }
        long held = 0;
        for (JsonNode kind : json.readTree(response.body()).path("byKind")) {
            held += kind.path("held").asLong();
        }
        return held;
    }

    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not reached within 20 minutes");
            }
            Thread.sleep(500);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
