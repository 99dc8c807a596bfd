package vn.tusoi.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real SMTP server without Docker: GreenMail standalone as a process of its own, on free ports, accepting mail for
 * any address (no authentication), whose messages are read back through its HTTP API. It can be stopped and started
 * again on the same ports, as an outage would.
 */
public final class MailServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final int smtpPort;
    private final int apiPort;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Process process;

    private MailServer(int smtpPort, int apiPort, Path log) {
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
        this.log = log;
    }

    /** On free ports, its log in the directory. */
    public static MailServer start(Path logDir) {
        return startOn(Ports.free(), Ports.free(), logDir);
    }

    /** On the given ports (the local stack's). */
    public static MailServer startOn(int smtpPort, int apiPort, Path logDir) {
        MailServer server = new MailServer(smtpPort, apiPort, logDir.resolve("mail.log"));
        server.restart();
        return server;
    }

    /** GreenMail's jar, as the build copied it. */
    public static Path jar() {
        try (InputStream in = MailServer.class.getResourceAsStream("greenmail.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            Path jar = Path.of(properties.getProperty("jar"));
            if (!Files.exists(jar)) {
                throw new IllegalStateException("no GreenMail at " + jar + ": build testing/stack (mvn package)");
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it (again), and returns when its API says it is running. */
    public synchronized void restart() {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                    "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                    "-Dgreenmail.auth.disabled", "-jar", jar().toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!ready()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("GreenMail stopped while starting; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("GreenMail not ready after " + START_TIMEOUT + "; see " + log);
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(api("/api/service/readiness")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** Where a person reads the messages (GET /api/user/{address}/messages/INBOX). */
    public String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    /** A message as delivered: its subject and its whole MIME text. */
    public record Message(String subject, String mime) {

        /**
         * The MIME text with its quoted-printable parts decoded (soft line breaks joined, {@code =XX} bytes read as
         * UTF-8), so that a test finds the Vietnamese words and the links as written.
         */
        public String decoded() {
            String joined = mime.replaceAll("=\\r?\\n", "");
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                    bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                    bytes.write(encoded, 0, encoded.length);
                }
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        private static boolean isHex(char c) {
            return Character.digit(c, 16) >= 0;
        }
    }

    /** The messages delivered to the address so far. */
    public List<Message> messagesTo(String address) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(api("/api/user/"
                    + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<Message> messages = new ArrayList<>();
            if (response.statusCode() != 200) {
                return messages; // no message yet: GreenMail makes the user with the first one
            }
            for (JsonNode message : json.readTree(response.body())) {
                messages.add(new Message(message.path("subject").asText(), message.path("mimeMessage").asText()));
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI api(String path) {
        return URI.create(apiUrl() + path);
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops it as an outage would: connections are refused until {@link #restart()}. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
