package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** A caller over its allowance (rate.probe: 3 a second, 6 at once, in the test profile) is told when to come back. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class RateLimitTest {

    @Test
    void aCallerOverItsAllowanceGets429WithRetryAfterAndOthersGoOn() throws Exception {
        String probe = TestTokens.token("rate.probe", null, "admin");
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(given().auth().oauth2(probe).get("/api/v1/units?size=1"));
        }
        Response limited = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no 429 in 12 requests at once"));
        limited.then().contentType("application/problem+json")
                .body("type", equalTo("urn:tusoi:problem:rate-limited"));
        int retryAfter = Integer.parseInt(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
        // its burst first: six answered as usual
        assertTrue(answers.stream().limit(6).allMatch(answer -> answer.statusCode() != 429));
        // another caller is not held back by it
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units?size=1").then().statusCode(200);
        Thread.sleep(retryAfter * 1000L);
        assertNotEquals(429, given().auth().oauth2(probe).get("/api/v1/units?size=1").statusCode());
    }
}
