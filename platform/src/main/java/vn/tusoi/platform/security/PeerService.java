package vn.tusoi.platform.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.logging.Log;

import vn.tusoi.platform.rest.RuleViolation;

/**
 * Asks another service of the suite, on behalf of the caller: with the caller's own token, so that the other
 * service's scope rules decide what it answers. An unreachable service is a 503 to retry, naming the field it was for.
 */
@ApplicationScoped
public class PeerService {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int RETRY_AFTER_SECONDS = 2;

    private final JsonWebToken token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();

    public PeerService(JsonWebToken token) {
        this.token = token;
    }

    public HttpResponse<String> get(String url, String field) {
        return send(request(url).GET().build(), url, field);
    }

    /** A JSON body posted for a read that takes more than a URL holds (many codes at once). */
    public HttpResponse<String> post(String url, String json, String field) {
        return send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), url, field);
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token.getRawToken()).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request, String url, String field) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unavailable(url, field, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(url, field, "interrupted");
        }
    }

    public static RuleViolation unavailable(String url, String field, String why) {
        Log.warnf("could not ask %s: %s", url, why);
        return RuleViolation.unavailable(field, "another service of the suite could not be asked (" + why
                + "): retry in a moment", RETRY_AFTER_SECONDS);
    }
}
