package vn.tusoi.platform.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size}, which the HTTP server would refuse with an
 * empty 413 before any endpoint sees it, is refused first, as the endpoints refuse theirs: 413 problem+json
 * {@code body-too-large}, the connection closed.
 */
@ApplicationScoped
public class TooLargeAnswer {

    private final String problem;
    private final Optional<MemorySize> serverLimit;

    public TooLargeAnswer(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> serverLimit)
            throws JsonProcessingException {
        this.serverLimit = serverLimit;
        this.problem = json.writeValueAsString(Problem.of("body-too-large", 413,
                "the body is larger than this service takes"
                        + serverLimit.map(limit -> " (" + limit.asLongValue() / (1024 * 1024) + " MB)").orElse(""),
                "body"));
    }

    void install(@Observes Router router) {
        if (serverLimit.isEmpty()) {
            return;
        }
        long limit = serverLimit.get().asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader("Content-Length");
            long length;
            try {
                length = declared == null ? -1 : Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length > limit) {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(problem)
                        .onComplete(done -> context.request().connection().close());
            } else {
                context.next();
            }
        });
    }
}
