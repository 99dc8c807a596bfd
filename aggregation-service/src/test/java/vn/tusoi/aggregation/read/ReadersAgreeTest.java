package vn.tusoi.aggregation.read;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.session;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * Two callers who may both see a unit read it one right after the other while its figures keep changing: the second
 * never reads an earlier state than the first has just read (the read cache never goes back to one).
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ReadersAgreeTest {

    private static final int CELLS = 30;

    @Test
    void aSecondCallerNeverReadsAnEarlierStateThanTheFirstJustRead() throws Exception {
        String p = "RA";
        unit(p, "PROVINCE", List.of(), 1);
        for (int i = 0; i < CELLS; i++) {
            unit(p + ".G" + i, "GRASSROOTS_COMMITTEE", List.of(p), 1);
        }
        campaign("1-KH/RA", p, List.of("GRASSROOTS_COMMITTEE"), "2099-09-30", 1);
        awaitProgress("1-KH%2FRA", p, "direct.expected", CELLS);
        String viewer = TestTokens.token("v", p, "viewer");
        // the figures keep changing: each unit holds its session, then reopens it, then holds it again
        CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
            for (int version = 1; version <= 9; version++) {
                for (int i = 0; i < CELLS; i++) {
                    session("1-KH/RA", p + ".G" + i, version % 2 == 1 ? "HELD" : "DRAFT",
                            version % 2 == 1 ? "2026-08-01" : null, version);
                }
            }
        });
        List<String> disagreements = new ArrayList<>();
        int pairs = 0;
        while (!writes.isDone() || pairs < 100) {
            JsonPath first = read(TestTokens.admin());
            JsonPath second = read(viewer);
            pairs++;
            OffsetDateTime firstAsOf = OffsetDateTime.parse(first.getString("asOf"));
            OffsetDateTime secondAsOf = OffsetDateTime.parse(second.getString("asOf"));
            if (secondAsOf.isBefore(firstAsOf) || secondAsOf.equals(firstAsOf)
                    && first.getInt("direct.held") != second.getInt("direct.held")) {
                disagreements.add("admin " + first.getInt("direct.held") + " at " + firstAsOf + ", then viewer "
                        + second.getInt("direct.held") + " at " + secondAsOf);
            }
        }
        writes.get();
        assertTrue(disagreements.isEmpty(), pairs + " pairs: " + disagreements);
        awaitProgress("1-KH%2FRA", p, "direct.held", CELLS);
        assertEquals(read(TestTokens.admin()).getInt("direct.held"), read(viewer).getInt("direct.held"));
    }

    private static JsonPath read(String token) {
        return given().auth().oauth2(token).get("/api/v1/campaigns/1-KH%2FRA/progress/RA").then().statusCode(200)
                .extract().jsonPath();
    }
}
