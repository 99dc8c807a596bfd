package vn.tusoi.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import vn.tusoi.platform.rest.Problem;
import vn.tusoi.platform.security.Caller;

/**
 * Honours the {@code Idempotency-Key} header on writes: the first request with a key runs and its response is kept
 * for a day; a retry with the same key and the same request gets that response again (header
 * {@code Idempotency-Replayed: true}) without running twice; the same key with a different request is a 422; a retry
 * while the first is still running is a 409. Keys belong to the caller. A 5xx is not kept, so a retry runs again.
 * A write marked {@link ResponseNotKept} keeps its status but not its response. Each retry that does not run is
 * counted in {@code tusoi_idempotency_retries_total} by its outcome ({@code replayed}, {@code reused},
 * {@code in-flight}), where the service keeps a registry.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    static final int MAX_KEY_LENGTH = 200;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";

    private record Claim(String caller, String key) {
    }

    private final IdempotencyKeys keys;
    private final Caller caller;
    private final ObjectMapper json;
    private final Instance<MeterRegistry> registry;

    public IdempotencyFilter(IdempotencyKeys keys, Caller caller, ObjectMapper json,
            Instance<MeterRegistry> registry) {
        this.keys = keys;
        this.caller = caller;
        this.json = json;
        this.registry = registry;
    }

    @ServerRequestFilter
    public Optional<Response> claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !WRITES.contains(request.getMethod())) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Optional.of(problem("idempotency-key-invalid", 400,
                    "the Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = fingerprint(request, body);
        Optional<IdempotencyKeys.Outcome> stored = keys.claim(caller.name(), key, fingerprint);
        if (stored.isEmpty()) {
            request.setProperty(CLAIM, new Claim(caller.name(), key));
            return Optional.empty();
        }
        IdempotencyKeys.Outcome outcome = stored.get();
        if (!outcome.fingerprint().equals(fingerprint)) {
            counted("reused");
            return Optional.of(
                    problem("idempotency-key-reused", 422, "this Idempotency-Key was used for a different request"));
        }
        if (!outcome.completed()) {
            counted("in-flight");
            return Optional.of(problem("idempotency-key-in-flight", 409,
                    "a request with this Idempotency-Key is still being processed"));
        }
        counted("replayed");
        Response.ResponseBuilder replay = Response.status(outcome.status()).header(REPLAYED, "true");
        if (outcome.body() != null) {
            replay.entity(outcome.body()).type(outcome.contentType());
        }
        if (outcome.location() != null) {
            replay.header(HttpHeaders.LOCATION, outcome.location());
        }
        return Optional.of(replay.build());
    }

    private void counted(String outcome) {
        if (registry.isResolvable()) {
            Counter.builder("tusoi.idempotency.retries").description("Writes sent again with an Idempotency-Key"
                    + " already used, that did not run: replayed (the kept response), reused (another request, 422)"
                    + " or in-flight (the first still running, 409)").tag("outcome", outcome)
                    .register(registry.get()).increment();
        }
    }

    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource)
            throws JsonProcessingException {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        if (response.getStatus() >= 500) {
            keys.release(claim.caller(), claim.key());
            return;
        }
        Object entity = response.getEntity();
        boolean kept = entity != null && !notKept(resource);
        String body = !kept ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        String contentType = !kept || response.getMediaType() == null ? null : response.getMediaType().toString();
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        keys.complete(claim.caller(), claim.key(), response.getStatus(), contentType, location, body);
    }

    private static boolean notKept(ResourceInfo resource) {
        return resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(ResponseNotKept.class);
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response problem(String rule, int status, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(rule, status, detail, HEADER))
                .build();
    }
}
