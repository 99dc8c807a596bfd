package vn.tusoi.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.restassured.RestAssured;

/** Opens a server-sent event stream of the service under test, hands its lines to the caller, then closes it. */
public final class ServerSentEvents {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerSentEvents() {
    }

    /**
     * The status; for a stream that opened (200) the reader gets its lines until it returns, for any other status
     * the body is read whole.
     */
    static AuthorizationMatrix.Answer open(String path, String token, Consumer<BufferedReader> reader) {
        return open(RestAssured.baseURI + ":" + RestAssured.port, path, token, reader);
    }

    private static AuthorizationMatrix.Answer open(String baseUrl, String path, String token,
            Consumer<BufferedReader> reader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body();
                    BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                if (response.statusCode() != 200) {
                    return new AuthorizationMatrix.Answer(response.statusCode(),
                            new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
                reader.accept(lines);
                return new AuthorizationMatrix.Answer(200, "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads the stream until an event's data satisfies the test, or fails after the timeout. */
    public static String awaitEvent(String path, String token, Predicate<String> test,
            Duration timeout) {
        return awaitEvent(RestAssured.baseURI + ":" + RestAssured.port, path, token, test, timeout);
    }

    /** The same, on the service at this address ({@code http://localhost:8083}): one of several processes. */
    public static String awaitEvent(String baseUrl, String path, String token, Predicate<String> test,
            Duration timeout) {
        String[] found = new String[1];
        long deadline = System.nanoTime() + timeout.toNanos();
        AuthorizationMatrix.Answer answer = open(baseUrl, path, token, lines -> {
            try {
                for (String line = lines.readLine(); line != null && System.nanoTime() < deadline; line = lines
                        .readLine()) {
                    if (line.startsWith("data:") && test.test(line.substring(5).strip())) {
                        found[0] = line.substring(5).strip();
                        return;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (found[0] == null) {
            throw new AssertionError("no matching event on " + path + " (status " + answer.status() + ")");
        }
        return found[0];
    }
}
