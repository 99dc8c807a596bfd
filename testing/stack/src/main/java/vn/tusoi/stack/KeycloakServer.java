package vn.tusoi.stack;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keycloak from its distribution, in development mode on a free port, with the realm of deploy/keycloak imported
 * (after {@code adjust} has changed what a test needs, such as the web client's address). Keycloak needs Java 21 or
 * later: the JVM running this one if it is, else one under /usr/lib/jvm.
 */
public final class KeycloakServer implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    static final String REALM = "tusoi";

    private final Path home;
    private final Path log;
    private final int port = Ports.free();
    private final ObjectMapper json = new ObjectMapper();
    private Process process;

    public KeycloakServer(Path home, Path logDir) {
        this.home = home;
        this.log = logDir.resolve("keycloak.log");
    }

    /** Starts it with the realm file as {@code adjust} leaves it; its data starts empty. */
    public void start(Path realmFile, Consumer<ObjectNode> adjust) throws IOException, InterruptedException {
        ObjectNode realm = (ObjectNode) json.readTree(realmFile.toFile());
        adjust.accept(realm);
        Path data = home.resolve("data");
        deleteTree(data);
        Files.createDirectories(data.resolve("import"));
        json.writeValue(data.resolve("import/tusoi-realm.json").toFile(), realm);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--import-realm").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        home.resolve("bin/kc.sh").toFile().setExecutable(true);
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", javaHome().toString());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin");
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        process = builder.start();
        awaitRealm();
    }

    /**
     * Points the realm's {@code web} client at a front end on another address (a test's free port), its tokens living
     * {@code tokenSeconds} when that is not null.
     */
    public static void webClientAt(ObjectNode realm, String webUrl, Integer tokenSeconds) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("web")) {
                ObjectNode web = (ObjectNode) client;
                web.putArray("redirectUris").add(webUrl + "/*");
                web.putArray("webOrigins").add(webUrl);
                ObjectNode attributes = (ObjectNode) web.path("attributes");
                attributes.put("post.logout.redirect.uris", webUrl + "/*");
                attributes.put("backchannel.logout.url", webUrl + "/back-channel-logout");
                if (tokenSeconds != null) {
                    attributes.put("access.token.lifespan", String.valueOf(tokenSeconds));
                }
            }
        }
    }

    /** The OIDC settings of a service checking this realm's tokens. */
    public Map<String, String> oidcConfig() {
        return Map.of("quarkus.oidc.auth-server-url", realmUrl());
    }

    /** The realm's issuer, as the services' {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** An access token by the password grant of the {@code cli} client. */
    public String token(String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=cli&username=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(realmUrl()
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.body());
        }
        JsonNode body = json.readTree(response.body());
        return body.path("access_token").asText();
    }

    /**
     * Ends every session of the user as an administrator would in the console (Keycloak then tells each client
     * with a back-channel logout address).
     */
    public void signOutEverywhere(String username) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=kcadmin&password=kcadmin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String token = json.readTree(admin.body()).path("access_token").asText();
        String users = "http://localhost:" + port + "/admin/realms/" + REALM + "/users";
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String id = json.readTree(found.body()).path(0).path("id").asText();
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/logout"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (logout.statusCode() != 204) {
            throw new IllegalStateException("could not sign " + username + " out: " + logout.statusCode() + " "
                    + logout.body());
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitRealm() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(realmUrl()
                        + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT + "; see " + log);
    }

    /** This JVM when it is 21 or later, else the newest such JDK under /usr/lib/jvm. */
    static Path javaHome() throws IOException {
        Path current = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= 21) {
            return current;
        }
        Optional<String> configured = Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME"));
        if (configured.isPresent()) {
            return Path.of(configured.get());
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            jdks.filter(jdk -> feature(jdk) >= 21).forEach(found::add);
        }
        return found.stream().max((a, b) -> Integer.compare(feature(a), feature(b)))
                .orElseThrow(() -> new IllegalStateException("Keycloak needs Java 21 or later: set "
                        + "KEYCLOAK_JAVA_HOME"));
    }

    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private static int feature(Path jdk) {
        try {
            Matcher matcher = VERSION.matcher(Files.readString(jdk.resolve("release")));
            return matcher.find() && Files.isExecutable(jdk.resolve("bin/java"))
                    ? Integer.parseInt(matcher.group(1))
                    : 0;
        } catch (IOException | RuntimeException noJdk) {
            return 0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
