package vn.tusoi.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A problem's type names the rule broken, or the kind of failure when there is no rule of its own. */
class ProblemTest {

    @Test
    void aRuleViolationIsAnsweredWithItsRuleAsTheType() {
        Problem problem = new RuleViolation(422, "held-on-in-future", "heldOn", "the date is in the future")
                .problem();
        assertEquals("urn:tusoi:problem:held-on-in-future", problem.type());
        assertEquals(422, problem.status());
        assertEquals("Unprocessable Content", problem.title());
        assertEquals("heldOn", problem.field());
        assertEquals("the date is in the future", problem.detail());
        assertNull(problem.errors());
    }

    @Test
    void aFailureWithoutARuleHasTheTypeOfItsKind() {
        assertEquals("urn:tusoi:problem:too-large", new RuleViolation(413, "body", "too many").problem().type());
        assertEquals("urn:tusoi:problem:invalid-input", Problem.of(400, "x", "row").type());
        assertEquals("urn:tusoi:problem:forbidden", Problem.of(403, "x", null).type());
        assertEquals("urn:tusoi:problem:conflict", Problem.of(409, "x", null).type());
        assertEquals("urn:tusoi:problem:server-error", Problem.of(500, "x", null).type());
        assertEquals("urn:tusoi:problem:http-418", Problem.of(418, "x", null).type());
    }

    @Test
    void theNamedFailuresOfThePlatformKeepTheirRules() {
        assertEquals("urn:tusoi:problem:not-found", RuleViolation.notFound("session", "42").problem().type());
        RuleViolation unavailable = RuleViolation.unavailable("unitCode", "organization-service is down", 5);
        assertEquals("urn:tusoi:problem:service-unavailable", unavailable.problem().type());
        assertEquals(5, unavailable.retryAfterSeconds());
    }
}
