package vn.tusoi.aggregation.maintenance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.aggregation.rollup.FlowFixture.action;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitRebuildDone;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitStable;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.cell;
import static vn.tusoi.aggregation.rollup.FlowFixture.classification;
import static vn.tusoi.aggregation.rollup.FlowFixture.closedCampaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.execute;
import static vn.tusoi.aggregation.rollup.FlowFixture.indicators;
import static vn.tusoi.aggregation.rollup.FlowFixture.progress;
import static vn.tusoi.aggregation.rollup.FlowFixture.selfReview;
import static vn.tusoi.aggregation.rollup.FlowFixture.session;
import static vn.tusoi.aggregation.rollup.FlowFixture.shortcoming;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * A rebuild from the topics alone: every event on them (this class's own, and whatever the other classes published
 * before it) read again into emptied tables gives every counter, contribution and frozen roll-up the incremental
 * processing gave, and one rebuild at a time across replicas.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class RebuildTest {

    private static final String P = "RB";
    private static final String LIVE = "RL";
    private static final String LIVE_CAMPAIGN = "1-KH/RL";
    private static final String LIVE_CAMPAIGN_PATH = "1-KH%2FRL";

    @Inject
    DataSource database;

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    /**
     * The live consumer keeps applying while a rebuild stores the topics' states and counts them at the end: the
     * sessions of campaign 1-KH/RL published just after the rebuild started (which it does not read: they came after
     * its end offsets) are counted by the live batches, whatever the rebuild had stored by then, and counted once
     * when it counts at the end. The rebuild reads every other class's events too, seconds of work, so they arrive
     * while it runs; everything else is compared with the incremental result.
     */
    @Test
    void aRebuildFromTheTopicsGivesExactlyTheIncrementalResultAndCountsWhatArrivesMeanwhileOnce() throws Exception {
        publishAYearOfOneProvince();
        publishACampaignHalfHeld();
        // another class's test may have started one: let it finish, and let the consumer and the relay catch up
        awaitRebuildDone();
        Map<String, String> incremental = withoutLive(awaitStable(database));
        assertTrue(incremental.size() > 200, "too little to compare: " + incremental.size());
        assertTrue(incremental.keySet().stream().anyMatch(key -> key.startsWith("frozen|2-KH/RB|")));

        // another replica's rebuild is running (its row, heartbeat fresh): none starts here; once its heartbeat
        // is stale (its process died), a new one takes over
        execute(database, "INSERT INTO rebuild_run (id, state, requested_by, started_at, heartbeat_at)"
                + " VALUES (1, 'RUNNING', 'another replica', now(), now())"
                + " ON CONFLICT (id) DO UPDATE SET state = 'RUNNING', heartbeat_at = now()");
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/rollups/rebuild").then().statusCode(409);
        execute(database, "UPDATE rebuild_run SET heartbeat_at = now() - interval '1 hour' WHERE id = 1");
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/rollups/rebuild").then().statusCode(202)
                .body("state", equalTo("RUNNING")).body("requestedBy", equalTo("admin"));
        publishTheOtherHalfDuringTheRebuild();
        awaitRebuildDone();
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/rollups/rebuild").then().statusCode(200)
                .body("state", equalTo("DONE")).body("events", greaterThan(100));
        Map<String, String> rebuilt = withoutLive(awaitStable(database));
        assertEquals(incremental, rebuilt);
        // the live figures on today's tree, and the frozen ones on the tree as it was at the close
        progress("2-KH%2FRB", P + ".D1").body("direct.expected", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/2-KH%2FRB/progress/RB.D1/final").then()
                .statusCode(200).body("direct.held", equalTo(2)).body("direct.expected", equalTo(3));
        // what arrived during the rebuild: counted once, and nothing the reconciliation would mend
        awaitProgress(LIVE_CAMPAIGN_PATH, LIVE, Map.of("byKind.CELL.held", 6, "byKind.CELL.expected", 6));
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/rollups/reconciliation?campaignCode="
                + LIVE_CAMPAIGN_PATH).then().statusCode(200).body("units", equalTo(8)).body("drifted", equalTo(0));
    }

    /** A district of six cells; three of them have held the campaign's session. */
    private static void publishACampaignHalfHeld() {
        unit(LIVE, "PROVINCE", List.of(), 1);
        unit(LIVE + ".D", "DISTRICT", List.of(LIVE), 1);
        campaign(LIVE_CAMPAIGN, LIVE, List.of("CELL"), "2023-09-30", 1);
        for (int c = 1; c <= 6; c++) {
            cell(LIVE + ".D.C" + c, List.of(LIVE, LIVE + ".D"), 5);
        }
        for (int c = 1; c <= 3; c++) {
            session(LIVE_CAMPAIGN, LIVE + ".D.C" + c, "HELD", "2023-08-0" + c, 1);
        }
        awaitProgress(LIVE_CAMPAIGN_PATH, LIVE, "byKind.CELL.held", 3);
    }

    /** The other three sessions, and one of those the rebuild reads made newer on the live side (the newer wins). */
    private static void publishTheOtherHalfDuringTheRebuild() {
        for (int c = 4; c <= 6; c++) {
            session(LIVE_CAMPAIGN, LIVE + ".D.C" + c, "APPROVED", "2023-08-0" + c, 1);
        }
        session(LIVE_CAMPAIGN, LIVE + ".D.C1", "SUBMITTED", "2023-08-01", 2);
    }

    /** The stored roll-ups but the live campaign's, which change while the rebuild runs. */
    private static Map<String, String> withoutLive(Map<String, String> rollups) {
        Map<String, String> rest = new TreeMap<>(rollups);
        rest.keySet().removeIf(key -> key.contains("|" + LIVE_CAMPAIGN + "|"));
        return rest;
    }

    /**
     * Three districts of three grassroots committees of four cells, every kind of record on them; a campaign closed,
     * then a committee moved to another district.
     */
    private static void publishAYearOfOneProvince() {
        unit(P, "PROVINCE", List.of(), 1);
        campaign("1-KH/RB", P, List.of("CELL"), "2023-09-30", 1);
        campaign("2-KH/RB", P, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        int n = 0;
        for (int d = 1; d <= 3; d++) {
            String district = P + ".D" + d;
            unit(district, "DISTRICT", List.of(P), 1);
            for (int g = 1; g <= 3; g++) {
                String committee = district + ".G" + g;
                unit(committee, "GRASSROOTS_COMMITTEE", List.of(P, district), 1);
                if (g < 3) {
                    session("2-KH/RB", committee, "APPROVED", "2023-08-0" + g, 2);
                }
                indicators(committee, "2023", g, 3, 1);
                classification(committee, "2023", g == 1 ? "EXCELLENT" : "GOOD", 2);
                for (int c = 1; c <= 4; c++, n++) {
                    String cell = committee + ".C" + c;
                    cell(cell, List.of(P, district, committee), 5 + c);
                    if (c <= 3) {
                        session("1-KH/RB", cell, c == 3 ? "HELD" : "APPROVED", "2023-09-2" + c, 1, 5 + c, 4 + c);
                        String shortcoming = shortcoming("1-KH/RB", cell, c == 1 ? "PARTY_BUILDING" : "ECONOMY",
                                c == 2 ? "RESOLVED" : "OPEN", 1);
                        action(UUID.nameUUIDFromBytes(shortcoming.getBytes()).toString(), shortcoming,
                                c == 1 ? "IN_PROGRESS" : "VERIFIED", c == 1, 1);
                    }
                    selfReview("1-KH/RB", "RB-" + n, cell, 1);
                }
            }
        }
        awaitProgress("2-KH%2FRB", P, "byKind.GRASSROOTS_COMMITTEE.held", 6);
        awaitProgress("1-KH%2FRB", P, "members.reviewed", 36);
        closedCampaign("2-KH/RB", P, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/campaigns/2-KH%2FRB/progress/RB.D1/final").statusCode() == 200);
        // after the close, committee G1 of D1 moves to D2
        unit(P + ".D1.G1", "GRASSROOTS_COMMITTEE", List.of(P, P + ".D2"), 2);
        awaitProgress("2-KH%2FRB", P + ".D1", "direct.expected", 2);
    }
}
