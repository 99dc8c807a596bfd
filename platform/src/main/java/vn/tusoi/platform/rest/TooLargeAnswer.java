package vn.tusoi.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/**
 * A body over {@code quarkus.http.limits.max-body-size}, which the HTTP server refuses before any endpoint sees it,
 * is answered as the endpoints answer theirs: 413 problem+json {@code body-too-large}.
 */
@ApplicationScoped
public class TooLargeAnswer {

    private final String problem;

    public TooLargeAnswer(ObjectMapper json) throws JsonProcessingException {
        this.problem = json.writeValueAsString(Problem.of("body-too-large", 413,
                "the body is larger than this service takes", "body"));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().ended() && !context.response().headWritten()) {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem);
            } else {
                context.next();
            }
        });
    }
}
