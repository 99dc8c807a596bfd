package vn.tusoi.platform.security;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import io.quarkus.logging.Log;

import vn.tusoi.platform.rest.RuleViolation;

/**
 * A call to another service of the suite through its REST client (which sends the caller's own token,
 * {@code @AccessToken}, so that the other service's scope rules decide what it answers): its answer whatever its
 * status, for the caller to read; an unreachable service, or one whose answer cannot be read, is a 503 to retry,
 * naming the field it was for.
 */
public final class PeerCalls {

    static final int RETRY_AFTER_SECONDS = 2;

    private PeerCalls() {
    }

    /** The answer, a refusal included (its status tells); never an exception for a status. */
    public static Response call(String service, String field, Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException refused) {
            return refused.getResponse();
        } catch (ProcessingException unreachable) {
            throw unavailable(service, field, unreachable.toString());
        }
    }

    /** The answer's body as the type, or a 503 when it is not one. */
    public static <T> T read(Response response, Class<T> type, String service, String field) {
        try {
            return response.readEntity(type);
        } catch (RuntimeException unreadable) {
            throw unavailable(service, field, "its answer was not a " + type.getSimpleName());
        }
    }

    public static RuleViolation unavailable(String service, String field, String why) {
        Log.warnf("could not ask %s: %s", service, why);
        return RuleViolation.unavailable(field, "another service of the suite could not be asked (" + service + ": "
                + why + "): retry in a moment", RETRY_AFTER_SECONDS);
    }
}
