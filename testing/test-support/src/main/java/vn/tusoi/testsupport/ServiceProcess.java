package vn.tusoi.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.Ports;
import vn.tusoi.stack.PostgresServer;

/** One of the suite's packaged applications, run as its own process as in production. */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final int TAIL_LINES = 30;

    private final String name;
    private final Path jar;
    private final Path log;
    private final Map<String, String> config;
    private final int port;
    private String heap;
    private Process process;

    public ServiceProcess(String name, Path root, Path logDir, Map<String, String> config) {
        this(name, root, logDir, config, "256m");
    }

    public ServiceProcess(String name, Path root, Path logDir, Map<String, String> config, String heap) {
        this.name = name;
        this.heap = heap;
        this.jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.log = logDir.resolve(name + ".log");
        this.config = new HashMap<>(config);
        // the local stack's profile: the packaged default, prod, refuses the local secrets
        this.config.putIfAbsent("quarkus.profile", "local");
        this.port = Ports.free();
    }

    /** The service on this database of the server and this broker, checking tokens against the test key. */
    public static ServiceProcess onStack(String name, String database, PostgresServer postgres, KafkaServer kafka,
            Path root, Path logDir) {
        return onStack(name, database, postgres, kafka, root, logDir, TestTokens.oidcConfig());
    }

    /** The service on this database of the server and this broker, checking tokens as {@code oidc} says. */
    public static ServiceProcess onStack(String name, String database, PostgresServer postgres, KafkaServer kafka,
            Path root, Path logDir, Map<String, String> oidc) {
        Map<String, String> config = new HashMap<>(oidc);
        config.put("quarkus.datasource.jdbc.url", postgres.ensureDatabase(database));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return new ServiceProcess(name, root, logDir, config);
    }

    /** The JVM's maximum heap ({@code 2g}), set before the process starts. */
    public ServiceProcess heap(String maximum) {
        this.heap = maximum;
        return this;
    }

    /** A setting added before the process starts. */
    public ServiceProcess configure(String key, String value) {
        config.put(key, value);
        return this;
    }

    /** Kills the process as a crash would (SIGKILL): no shutdown hook, no graceful close. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The CPU time the running process has used so far (zero before it starts, or where the system does not say). */
    public Duration cpuTime() {
        return process == null ? Duration.ZERO : process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public void start() throws IOException, InterruptedException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first");
        }
        long logFrom = Files.exists(log) ? Files.size(log) : 0;
        process = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitReady(logFrom);
    }

    /**
     * Starts the process for a start that must be refused: waits for it to end by itself and returns its exit code
     * and its log. Fails when it is still running after {@code within}.
     */
    public Refusal startRefused(Duration within) throws IOException, InterruptedException {
        Files.deleteIfExists(log);
        process = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException(name + " was still running after " + within + "; see " + log);
        }
        return new Refusal(process.exitValue(), Files.readString(log));
    }

    /** How a refused start ended. */
    public record Refusal(int exitCode, String log) {
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /**
     * Ready when this process's own log (from {@code logFrom} on) says it listens on its port and the port answers
     * ready: an answer alone could come from another process that holds the port while this one fails to bind it.
     */
    private void awaitReady(long logFrom) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log
                        + ", which ends:\n" + tail(logFrom));
            }
            if (!listening(logFrom)) {
                Thread.sleep(250);
                continue;
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + "; see " + log
                + ", which ends:\n" + tail(logFrom));
    }

    /** The last lines this process wrote: the reason a start failed, in the failure's own message. */
    private String tail(long logFrom) throws IOException {
        List<String> lines = writtenSince(logFrom).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    private boolean listening(long logFrom) throws IOException {
        return Pattern.compile("Listening on: http://[^ ]+:" + port + "\\b").matcher(writtenSince(logFrom)).find();
    }

    private String writtenSince(long logFrom) throws IOException {
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(logFrom, all.length);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }

    private List<String> command() {
        // readiness is read from Quarkus's "Listening on" line: logged even where the config quiets the rest
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap,
                "-Dquarkus.http.port=" + port, "-Dquarkus.log.category.\"io.quarkus\".level=INFO"));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
