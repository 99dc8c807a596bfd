package vn.tusoi.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo loader's calls to the services: with the token, a write that lost a race sent again, an answer awaited
 * until it says what the loader waits for.
 */
final class DemoClient {

    static final Duration WAIT = Duration.ofSeconds(90);
    /** A write that lost a race: nothing was written, and it may be sent again. */
    private static final String CONCURRENT_CHANGE = "urn:tusoi:problem:concurrent-change";

    private final String bearer;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    DemoClient(String token, ObjectMapper json) {
        this.bearer = "Bearer " + token;
        this.json = json;
    }

    record Reply(int status, JsonNode body, String text) {
    }

    @FunctionalInterface
    interface Call {
        Reply call() throws IOException, InterruptedException;
    }

    JsonNode await(String url, Predicate<JsonNode> done) throws IOException, InterruptedException {
        return awaitReply(() -> get(url), reply -> reply.status == 200 && done.test(reply.body)).body;
    }

    Reply awaitReply(Call call, Predicate<Reply> done) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Reply reply = call.call();
        while (!done.test(reply)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("still " + reply.status + " " + reply.text + " after " + WAIT);
            }
            Thread.sleep(250);
            reply = call.call();
        }
        return reply;
    }

    static Reply expect(Reply reply, int status) {
        if (reply.status != status) {
            throw new IllegalStateException("expected " + status + ", got " + reply.status + ": " + reply.text);
        }
        return reply;
    }

    Reply get(String url) throws IOException, InterruptedException {
        return send("GET", url, null);
    }

    Reply post(String url, JsonNode body) throws IOException, InterruptedException {
        return send("POST", url, body);
    }

    /**
     * Sends the request; a write that lost a race (409 {@code concurrent-change}: nothing was written, e.g. the
     * overdue check touched the same action at that moment) is sent again, as the problem says to, a few times.
     */
    Reply send(String method, String url, JsonNode body) throws IOException, InterruptedException {
        Reply reply = sendOnce(method, url, body);
        for (int attempt = 1; attempt < 5 && reply.status == 409
                && CONCURRENT_CHANGE.equals(reply.body.path("type").asText()); attempt++) {
            Thread.sleep(100L * attempt);
            reply = sendOnce(method, url, body);
        }
        return reply;
    }

    private Reply sendOnce(String method, String url, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .timeout(Duration.ofSeconds(60));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode parsed = text == null || text.isBlank() ? json.createObjectNode() : readOrText(text);
        return new Reply(response.statusCode(), parsed, text);
    }

    private JsonNode readOrText(String text) {
        try {
            return json.readTree(text);
        } catch (IOException notJson) {
            return json.getNodeFactory().textNode(text);
        }
    }

    /** A query value, encoded. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The item of a list (or of a page's items) whose field has the value; null if none. */
    static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list.path("items").isMissingNode() ? list : list.path("items")) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        return null;
    }
}
