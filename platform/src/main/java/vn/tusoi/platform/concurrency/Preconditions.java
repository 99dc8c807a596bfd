package vn.tusoi.platform.concurrency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import vn.tusoi.platform.rest.RuleViolation;

/**
 * Conditional writes: a record's response carries {@code ETag: "<version>"}; a write that sends
 * {@code If-Match: "<version>"} is refused with 412 when the record has moved on since. Without {@code If-Match} a
 * write still cannot overwrite a concurrent one: the row's version is checked when it is written (409).
 */
@ApplicationScoped
public class Preconditions {

    private final CurrentVertxRequest request;

    public Preconditions(CurrentVertxRequest request) {
        this.request = request;
    }

    /** Refuses the write when the request's {@code If-Match} names another version of the record than the stored one. */
    public void require(String record, long storedVersion) {
        if (!Arc.container().requestContext().isActive()) {
            return; // scheduled work and consumers have no request to be conditional on
        }
        RoutingContext current = request.getCurrent();
        String expected = current == null ? null : current.request().getHeader(HttpHeaders.IF_MATCH);
        if (expected == null || expected.strip().equals("*")) {
            return;
        }
        String tag = etag(storedVersion);
        for (String candidate : expected.split(",")) {
            String value = candidate.strip();
            if (value.equals(tag) || value.equals("W/" + tag)) {
                return;
            }
        }
        throw new RuleViolation(412, "version-mismatch", "If-Match",
                record + " is at version " + storedVersion + ", not "
                        + expected.strip() + ": it was changed since you read it; read it again");
    }

    /** Tags every successful response that is one record with the version its row committed with. */
    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        if (response.getStatus() < 300 && response.getEntity() instanceof Versioned record) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag(record.version()));
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
