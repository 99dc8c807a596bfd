package vn.tusoi.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import vn.tusoi.platform.rest.RuleViolation;

/** A call to another service: any status is an answer to read; a service that cannot be reached is a 503. */
class PeerCallsTest {

    @Test
    void aRefusalIsAnAnswerWithItsStatus() {
        Response answer = PeerCalls.call("organization-service", "unitCode",
                () -> {
                    throw new WebApplicationException(Response.status(404).build());
                });

        assertEquals(404, answer.getStatus());
    }

    @Test
    void aServiceThatCannotBeReachedIsA503ToRetryNamingTheField() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> PeerCalls.call("organization-service",
                "issuingUnitCode", () -> {
                    throw new ProcessingException("Connection refused");
                }));

        assertEquals(503, violation.status());
        assertEquals("issuingUnitCode", violation.field());
        assertEquals(PeerCalls.RETRY_AFTER_SECONDS, violation.retryAfterSeconds());
    }

    @Test
    void anAnswerThatIsNotWhatWasAskedForIsA503() {
        Response notJson = Response.ok("not a unit").build();

        assertEquals(503, assertThrows(RuleViolation.class,
                () -> PeerCalls.read(notJson, Integer.class, "organization-service", "unitCode")).status());
    }
}
