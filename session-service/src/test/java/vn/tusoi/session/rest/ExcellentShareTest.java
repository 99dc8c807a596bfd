package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.session.rest.Fixture.CAMPAIGN_PATH;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * A deployment that caps excellent grades (here at 50 % of those decided good): the decision that would pass the cap
 * is refused with the figures, for a grassroots organisation's members and for the units under one committee, and
 * two decisions at once cannot both take the last place.
 */
@QuarkusTest
@TestProfile(ExcellentShareTest.CapAtHalf.class)
@WithTestResource(StackTestResource.class)
class ExcellentShareTest {

    public static class CapAtHalf implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grading.excellent-share-cap-percent", "50");
        }
    }

    private static final String OFFICER = TestTokens.token("off.cap", "T.D", "officer");

    @Inject
    DataSource database;

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
    }

    @Test
    void theMembersOfOneGrassrootsOrganisationAreDecidedExcellentUpToTheCapOneAtATime() throws Exception {
        Fixture.committees(List.of("T.D.CAP"));
        Fixture.cells("T.D.CAP", List.of("T.D.CAP.1", "T.D.CAP.2"));
        Map<String, String> cells = Map.of("DV-4301", "T.D.CAP.1", "DV-4302", "T.D.CAP.2", "DV-4303", "T.D.CAP.1",
                "DV-4304", "T.D.CAP.2");
        Fixture.members(cells, "ACTIVE");
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.knownMembers(database,
                List.copyOf(cells.keySet())) == 4);
        for (Map.Entry<String, String> member : cells.entrySet()) {
            given().auth().oauth2(TestTokens.member(member.getKey(), member.getValue())).contentType(ContentType.JSON)
                    .body("{\"unitCode\":\"" + member.getValue() + "\",\"manifestations\":[],\"selfGrade\":\"GOOD\"}")
                    .put(CAMPAIGN_PATH + "/self-reviews/" + member.getKey()).then().statusCode(200);
            step(member.getKey(), "propose", member.getKey().equals("DV-4301") || member.getKey().equals("DV-4302")
                    ? "GOOD"
                    : "EXCELLENT").statusCode(200);
        }
        // two decided good, in two cells of one organisation: one place for an excellent grade at 50 %
        step("DV-4301", "decide", "GOOD").statusCode(200);
        step("DV-4302", "decide", "GOOD").statusCode(200);
        List<Integer> statuses = atOnce(List.of(() -> step("DV-4303", "decide", "EXCELLENT").extract().statusCode(),
                () -> step("DV-4304", "decide", "EXCELLENT").extract().statusCode()));
        assertEquals(List.of(200, 422), statuses.stream().sorted().toList());
        String refused = given().auth().oauth2(OFFICER).get(CAMPAIGN_PATH + "/self-reviews/DV-4303").then()
                .extract().path("stage").equals("DECIDED") ? "DV-4304" : "DV-4303";
        step(refused, "decide", "EXCELLENT").statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:excellent-share-exceeded"))
                .body("detail", containsString("1 decided excellent and 2 decided good"));
        step(refused, "decide", "GOOD").statusCode(200);
    }

    @Test
    void theUnitsUnderOneCommitteeAreDecidedExcellentUpToTheCap() throws Exception {
        List<String> units = List.of("T.D.CAPU1", "T.D.CAPU2", "T.D.CAPU3", "T.D.CAPU4");
        Fixture.committees(units);
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.known(database, units) == 4);
        for (String unit : units) {
            given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                    .put("/api/v1/units/" + unit + "/classifications/2018").then().statusCode(200);
        }
        classify("T.D.CAPU1", "GOOD");
        classify("T.D.CAPU2", "GOOD");
        classify("T.D.CAPU3", "EXCELLENT").statusCode(200);
        classify("T.D.CAPU4", "EXCELLENT").statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:excellent-share-exceeded"))
                .body("detail", containsString("the units under T.D for 2018"));
    }

    private static io.restassured.response.ValidatableResponse classify(String unit, String grade) {
        String path = "/api/v1/units/" + unit + "/classifications/2018";
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"" + grade + "\"}")
                .post(path + "/propose").then().statusCode(200);
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"" + grade + "\"}")
                .post(path + "/decide").then();
    }

    private static io.restassured.response.ValidatableResponse step(String registryNo, String step, String grade) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"" + grade + "\"}")
                .post(CAMPAIGN_PATH + "/self-reviews/" + registryNo + "/" + step).then();
    }

    /** Runs the calls at the same instant, each on its own thread; their answers in the order given. */
    private static List<Integer> atOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
