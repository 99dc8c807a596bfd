package vn.tusoi.aggregation.rollup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.tusoi.aggregation.rollup.FlowFixture.action;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.cell;
import static vn.tusoi.aggregation.rollup.FlowFixture.classification;
import static vn.tusoi.aggregation.rollup.FlowFixture.dissolve;
import static vn.tusoi.aggregation.rollup.FlowFixture.envelope;
import static vn.tusoi.aggregation.rollup.FlowFixture.indicators;
import static vn.tusoi.aggregation.rollup.FlowFixture.merged;
import static vn.tusoi.aggregation.rollup.FlowFixture.progress;
import static vn.tusoi.aggregation.rollup.FlowFixture.publishRaw;
import static vn.tusoi.aggregation.rollup.FlowFixture.selfReview;
import static vn.tusoi.aggregation.rollup.FlowFixture.session;
import static vn.tusoi.aggregation.rollup.FlowFixture.shortcoming;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.get;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** What a subtree counts: held, by kind, on time, members, shortcomings, attendance, indicators, grades; through moves, dissolutions, merges, replays and early events. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class SubtreeCountsTest {

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    @Test
    void directAndByKindCountsAcrossTheSubtree() {
        String p = "A1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".C1", "GRASSROOTS_CELL", List.of(p, p + ".D"), 1);
        unit(p + ".G1.1", "CELL", List.of(p, p + ".D", p + ".G1"), 1);
        unit(p + ".G1.2", "CELL", List.of(p, p + ".D", p + ".G1"), 1);
        campaign("1-KH/A1", p + ".D", List.of("GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL", "CELL"), "2023-09-30", 1);
        session("1-KH/A1", p + ".G1", "HELD", "2023-08-01", 1);
        session("1-KH/A1", p + ".G1.1", "HELD", "2023-10-05", 1);
        session("1-KH/A1", p + ".G2", "DRAFT", null, 1);

        // the three sessions come over different partitions: wait for all of them, not for the first
        awaitProgress("1-KH%2FA1", p + ".D", Map.of("direct.held", 1, "byKind.CELL.held", 1, "late", 1));
        progress("1-KH%2FA1", p + ".D")
                .body("direct.held", equalTo(1)).body("direct.expected", equalTo(3))
                .body("byKind.GRASSROOTS_COMMITTEE.held", equalTo(1))
                .body("byKind.GRASSROOTS_COMMITTEE.expected", equalTo(2))
                .body("byKind.CELL.held", equalTo(1)).body("byKind.CELL.expected", equalTo(2))
                .body("onTime", equalTo(1)).body("late", equalTo(1));
        progress("1-KH%2FA1", p + ".G1").body("direct.held", equalTo(1)).body("direct.expected", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FA1/laggards/" + p + ".D").then()
                .statusCode(200).body("total", equalTo(3))
                .body("items.unitCode", contains(p + ".C1", p + ".G1.2", p + ".G2"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FA1/progress/" + p + ".D/children")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.unitCode", contains(p + ".C1", p + ".G1", p + ".G2"))
                .body("items[1].direct.expected", equalTo(2))
                // each child's own part, which its roll-up (of the units under it) leaves out
                .body("items.self.inScope", contains(true, true, true))
                .body("items.self.held", contains(false, true, false))
                .body("items[1].self.heldOn", equalTo("2023-08-01"));
        // a roll-up read on its own has no such part
        progress("1-KH%2FA1", p + ".G1").body("self", nullValue());
        // the completion curve: one unit on 1 August, the second (late) on 5 October, of five
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2FA1/progress/" + p + ".D/daily")
                .then().statusCode(200).body("expected", equalTo(5))
                .body("days.date", contains("2023-08-01", "2023-10-05"))
                .body("days.held", contains(1, 1)).body("days.cumulative", contains(1, 2));
    }

    @Test
    void duplicatesStaleVersionsAndEarlyEventsChangeNothing() {
        String p = "B1";
        // the session and the campaign arrive before the units they name
        session("1-KH/B1", p + ".G1", "HELD", "2023-08-01", 1);
        campaign("1-KH/B1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        unit(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        awaitProgress("1-KH%2FB1", p, "direct.held", 1);

        // replays: the same versions again, and an older one after a newer one
        session("1-KH/B1", p + ".G1", "HELD", "2023-08-01", 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        campaign("1-KH/B1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        session("1-KH/B1", p + ".G2", "HELD", "2023-08-02", 2);
        session("1-KH/B1", p + ".G2", "DRAFT", null, 1);
        awaitProgress("1-KH%2FB1", p, "direct.held", 2);
        progress("1-KH%2FB1", p).body("direct.expected", equalTo(2))
                .body("byKind.GRASSROOTS_COMMITTEE.held", equalTo(2));
    }

    @Test
    void aMovedUnitTakesItsCountsToItsNewAncestors() {
        String p = "C1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D1", "DISTRICT", List.of(p), 1);
        unit(p + ".D2", "DISTRICT", List.of(p), 1);
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D1"), 1);
        unit(p + ".G.1", "CELL", List.of(p, p + ".D1", p + ".G"), 1);
        campaign("1-KH/C1", p, List.of("GRASSROOTS_COMMITTEE", "CELL"), "2023-09-30", 1);
        session("1-KH/C1", p + ".G", "HELD", "2023-08-01", 1);
        session("1-KH/C1", p + ".G.1", "HELD", "2023-08-01", 1);
        awaitProgress("1-KH%2FC1", p + ".D1", "byKind.CELL.held", 1);
        String readerOfD1 = TestTokens.token("v", p + ".D1", "viewer");
        given().auth().oauth2(readerOfD1).get("/api/v1/campaigns/1-KH%2FC1/progress/" + p + ".G").then()
                .statusCode(200);

        // the subtree moves from D1 to D2: every unit in it is republished with its new ancestors
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D2"), 2);
        unit(p + ".G.1", "CELL", List.of(p, p + ".D2", p + ".G"), 2);
        awaitProgress("1-KH%2FC1", p + ".D2", "byKind.CELL.held", 1);
        // D1's reader read G's roll-up before (and it may be cached): G is no longer theirs to read
        given().auth().oauth2(readerOfD1).get("/api/v1/campaigns/1-KH%2FC1/progress/" + p + ".G").then()
                .statusCode(403);
        progress("1-KH%2FC1", p + ".D1").body("direct.expected", equalTo(0)).body("byKind.size()", equalTo(0));
        progress("1-KH%2FC1", p + ".D2").body("direct.held", equalTo(1))
                .body("byKind.GRASSROOTS_COMMITTEE.held", equalTo(1));
        progress("1-KH%2FC1", p).body("byKind.CELL.expected", equalTo(1))
                .body("byKind.GRASSROOTS_COMMITTEE.expected", equalTo(1));
    }

    @Test
    void aDissolvedUnitLeavesTheCounts() {
        String p = "E1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        unit(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        campaign("1-KH/E1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        awaitProgress("1-KH%2FE1", p, "direct.expected", 2);
        dissolve(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p), 2);
        awaitProgress("1-KH%2FE1", p, "direct.expected", 1);
    }

    @Test
    void aMergedUnitHasHeldTheCampaignWhenEveryPredecessorHad() {
        String p = "M1";
        unit(p, "PROVINCE", List.of(), 1);
        for (String code : List.of(".A", ".B", ".C", ".D")) {
            unit(p + code, "GRASSROOTS_COMMITTEE", List.of(p), 1);
        }
        campaign("1-KH/M1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        session("1-KH/M1", p + ".A", "HELD", "2023-08-01", 1);
        session("1-KH/M1", p + ".B", "HELD", "2023-08-02", 1);
        session("1-KH/M1", p + ".C", "HELD", "2023-08-03", 1);
        awaitProgress("1-KH%2FM1", p, "direct.held", 3);

        // A and B merge (both had held it); C and D merge (D had not)
        dissolve(p + ".A", "GRASSROOTS_COMMITTEE", List.of(p), 2);
        dissolve(p + ".B", "GRASSROOTS_COMMITTEE", List.of(p), 2);
        dissolve(p + ".C", "GRASSROOTS_COMMITTEE", List.of(p), 2);
        dissolve(p + ".D", "GRASSROOTS_COMMITTEE", List.of(p), 2);
        merged(p + ".AB", List.of(p + ".A", p + ".B"), p);
        merged(p + ".CD", List.of(p + ".C", p + ".D"), p);
        // the unit events come over three partitions: wait for the end state, not the first with 2 expected
        // (the counts alone can match before D's dissolution: AB held, D not yet gone, CD not yet there)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/campaigns/1-KH%2FM1/laggards/" + p).then()
                .body("items.unitCode", contains(p + ".CD")));
        awaitProgress("1-KH%2FM1", p, Map.of("direct.expected", 2, "direct.held", 1, "onTime", 1));
        // a second caller reading right after the administrator reads the same figures (ReadersAgreeTest repeats it
        // under load)
        given().auth().oauth2(TestTokens.token("v", p, "viewer")).get("/api/v1/campaigns/1-KH%2FM1/progress/" + p)
                .then().statusCode(200).body("direct.expected", equalTo(2)).body("direct.held", equalTo(1));
    }

    @Test
    void membersReviewedOfAllMembersAcrossTheSubtree() {
        String p = "W1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p), 1);
        cell(p + ".G.1", List.of(p, p + ".G"), 3);
        cell(p + ".G.2", List.of(p, p + ".G"), 2);
        campaign("1-KH/W1", p, List.of("GRASSROOTS_COMMITTEE"), "2023-09-30", 1);
        selfReview("1-KH/W1", "W-1", p + ".G.1", 1);
        selfReview("1-KH/W1", "W-2", p + ".G.1", 1);
        selfReview("1-KH/W1", "W-3", p + ".G.2", 1);
        awaitProgress("1-KH%2FW1", p, "members.reviewed", 3);
        progress("1-KH%2FW1", p).body("members.total", equalTo(5));
        progress("1-KH%2FW1", p + ".G").body("members.reviewed", equalTo(3)).body("members.total", equalTo(5));
        progress("1-KH%2FW1", p + ".G.1").body("members.reviewed", equalTo(2)).body("members.total", equalTo(3));

        // W-3 transferred to G.1 before writing again; a replayed older version changes nothing
        selfReview("1-KH/W1", "W-3", p + ".G.1", 2);
        selfReview("1-KH/W1", "W-1", p + ".G.1", 1);
        awaitProgress("1-KH%2FW1", p + ".G.1", "members.reviewed", 3);
        progress("1-KH%2FW1", p + ".G.2").body("members.reviewed", equalTo(0)).body("members.total", equalTo(2));
        progress("1-KH%2FW1", p).body("members.reviewed", equalTo(3));
    }

    @Test
    void shortcomingsThatComeBackAreCountedAtEveryUnitAboveByArea() {
        String p = "RC1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        String c = "1-KH/" + p;
        campaign(c, p, List.of("GRASSROOTS_COMMITTEE"), "2025-12-31", 1);
        String earlier = UUID.randomUUID().toString();
        shortcoming(c, p + ".G", "LAND_ENVIRONMENT", "OPEN", 1, UUID.randomUUID().toString(), earlier);
        shortcoming(c, p + ".G2", "LAND_ENVIRONMENT", "OPEN", 1, UUID.randomUUID().toString(), earlier);
        String economy = shortcoming(c, p + ".G2", "ECONOMY", "OPEN", 1, UUID.randomUUID().toString(), earlier);
        shortcoming(c, p + ".G2", "PARTY_BUILDING", "OPEN", 1);
        awaitProgress("1-KH%2F" + p, p, "shortcomings.recurring", 3);
        for (String at : List.of(p, p + ".D")) {
            progress("1-KH%2F" + p, at).body("shortcomings.raised", equalTo(4))
                    .body("shortcomings.recurringByArea.LAND_ENVIRONMENT", equalTo(2))
                    .body("shortcomings.recurringByArea.ECONOMY", equalTo(1))
                    .body("shortcomings.recurringByArea.PARTY_BUILDING", nullValue());
        }
        progress("1-KH%2F" + p, p + ".G").body("shortcomings.recurring", equalTo(1));
        // a later version that no longer comes back (its area corrected) leaves the count
        shortcoming(c, p + ".G2", "ECONOMY", "OPEN", 2, economy, null);
        awaitProgress("1-KH%2F" + p, p, "shortcomings.recurring", 2);
    }

    @Test
    void shortcomingsByStatusAndAreaAndAttendanceAcrossTheSubtree() {
        String p = "S1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".D2", "DISTRICT", List.of(p), 1);
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".G.1", "CELL", List.of(p, p + ".D", p + ".G"), 1);
        String c = "1-KH/" + p;
        campaign(c, p, List.of("GRASSROOTS_COMMITTEE", "CELL"), "2023-09-30", 1);
        session(c, p + ".G", "HELD", "2023-08-01", 1, 30, 27);
        session(c, p + ".G.1", "HELD", "2023-08-02", 1, 12, 9);
        String first = shortcoming(c, p + ".G", "PARTY_BUILDING", "OPEN", 1);
        // overdue: an open shortcoming with an action past its due date and not done; an action that arrives before
        // its shortcoming counts once the shortcoming arrives
        String economy = UUID.randomUUID().toString();
        action(UUID.randomUUID().toString(), economy, "IN_PROGRESS", true, 1);
        shortcoming(c, p + ".G", "ECONOMY", "OPEN", 1, economy);
        String third = shortcoming(c, p + ".G.1", "PARTY_BUILDING", "OPEN", 1);
        // resolved later; then the first version again (redelivered) and a stale one change nothing
        shortcoming(c, p + ".G.1", "PARTY_BUILDING", "RESOLVED", 2, third);
        shortcoming(c, p + ".G.1", "PARTY_BUILDING", "OPEN", 1, third);
        shortcoming(c, p + ".G", "PARTY_BUILDING", "CARRIED_OVER", 2, first);
        shortcoming(c, p + ".G", "PARTY_BUILDING", "OPEN", 1, first);
        // not overdue: done though late, or the shortcoming is no longer open
        action(UUID.randomUUID().toString(), economy, "DONE", true, 1);
        action(UUID.randomUUID().toString(), third, "IN_PROGRESS", true, 1);

        awaitProgress("1-KH%2F" + p, p, "shortcomings.resolved", 1);
        awaitProgress("1-KH%2F" + p, p, "shortcomings.carriedOver", 1);
        for (String at : List.of(p, p + ".D")) {
            progress("1-KH%2F" + p, at).body("shortcomings.raised", equalTo(3)).body("shortcomings.open", equalTo(1))
                    .body("shortcomings.overdue", equalTo(1))
                    .body("shortcomings.resolved", equalTo(1)).body("shortcomings.carriedOver", equalTo(1))
                    .body("shortcomings.byArea.PARTY_BUILDING", equalTo(2))
                    .body("shortcomings.byArea.ECONOMY", equalTo(1))
                    .body("attendance.present", equalTo(36)).body("attendance.expected", equalTo(42))
                    .body("attendance.rate", equalTo(85.7f));
        }
        progress("1-KH%2F" + p, p + ".G.1").body("shortcomings.raised", equalTo(1))
                .body("attendance.rate", equalTo(75.0f));

        // the committee moves to the other district: its shortcomings and attendance go with it
        unit(p + ".G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D2"), 2);
        unit(p + ".G.1", "CELL", List.of(p, p + ".D2", p + ".G"), 2);
        awaitProgress("1-KH%2F" + p, p + ".D2", "shortcomings.raised", 3);
        progress("1-KH%2F" + p, p + ".D").body("shortcomings.raised", equalTo(0))
                .body("attendance.expected", equalTo(0));
        progress("1-KH%2F" + p, p).body("shortcomings.raised", equalTo(3)).body("attendance.present", equalTo(36));
    }

    @Test
    void indicatorsMetAndTheGradesOfSubordinateUnitsForTheCampaignsYear() {
        String p = "I1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        String c = "1-KH/" + p;
        campaign(c, p, List.of("GRASSROOTS_COMMITTEE"), "2025-09-30", 1);
        indicators(p + ".G1", "2025", 3, 4, 1);
        indicators(p + ".G1", "2024", 0, 9, 1);
        indicators(p + ".G2", "2025", 2, 2, 2);
        indicators(p + ".G2", "2025", 0, 2, 1);
        classification(p + ".G1", "2025", "EXCELLENT", 3);
        classification(p + ".G2", "2025", null, 1);
        classification(p + ".G2", "2025", "GOOD", 2);
        classification(p + ".D", "2025", "EXCELLENT", 2);

        awaitProgress("1-KH%2F" + p, p + ".D", "grades.GOOD", 1);
        awaitProgress("1-KH%2F" + p, p + ".D", "indicators.total", 6);
        progress("1-KH%2F" + p, p + ".D").body("indicators.met", equalTo(5)).body("grades.EXCELLENT", equalTo(1))
                .body("grades.size()", equalTo(2));
        progress("1-KH%2F" + p, p).body("indicators.met", equalTo(5)).body("grades.GOOD", equalTo(1));
        // a unit's own grade is not among its subordinates'
        progress("1-KH%2F" + p, p + ".G1").body("indicators.total", equalTo(4)).body("grades.size()", equalTo(0));
        // it is given where the unit is listed among its parent's children, for the table by subordinate unit
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/1-KH%2F" + p + "/progress/" + p
                + ".D/children").then().statusCode(200).body("items.unitCode", contains(p + ".G1", p + ".G2"))
                .body("items.self.grade", contains("EXCELLENT", "GOOD"));
    }

    @Test
    void aCampaignGradedForAQuarterCountsTheQuartersGradesAndAYearsCampaignTheYearsOldAndNew() throws Exception {
        String p = "Q1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".G1", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        unit(p + ".G2", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        campaign("Q3-KH/" + p, p, List.of("GRASSROOTS_COMMITTEE"), "2025-10-10", "2025-Q3", 1);
        campaign("N-KH/" + p, p, List.of("GRASSROOTS_COMMITTEE"), "2025-12-31", 1);
        classification(p + ".G1", "2025-Q3", "EXCELLENT", 1);
        classification(p + ".G2", "2025-Q3", "GOOD", 1);
        classification(p + ".G2", "2025", "COMPLETED", 1);
        // an event from before periods names its year alone: its period is that year
        publishRaw("session.classifications", p + ".G1|2025", envelope("vn.tusoi.session.classification.changed",
                Map.of("unitCode", p + ".G1", "year", 2025, "stage", "DECIDED", "selfGrade", "GOOD", "decidedGrade",
                        "GOOD", "version", 1)));

        awaitProgress("Q3-KH%2F" + p, p + ".D", "grades.GOOD", 1);
        progress("Q3-KH%2F" + p, p + ".D").body("grades.EXCELLENT", equalTo(1)).body("grades.size()", equalTo(2));
        awaitProgress("N-KH%2F" + p, p + ".D", "grades.COMPLETED", 1);
        awaitProgress("N-KH%2F" + p, p + ".D", "grades.GOOD", 1);
        progress("N-KH%2F" + p, p + ".D").body("grades.size()", equalTo(2));
    }

    @Test
    void theMembersDecidedGradesAreCountedAtTheirCellAndAboveAndMoveWhenRegraded() {
        String p = "MG";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        cell(p + ".D.C1", List.of(p, p + ".D"), 3);
        cell(p + ".D.C2", List.of(p, p + ".D"), 2);
        campaign("1-KH/" + p, p, List.of("CELL"), "2025-12-31", 1);
        selfReview("1-KH/" + p, "MG-01", p + ".D.C1", "EXCELLENT", 3);
        selfReview("1-KH/" + p, "MG-02", p + ".D.C1", "GOOD", 3);
        selfReview("1-KH/" + p, "MG-03", p + ".D.C1", null, 1);
        selfReview("1-KH/" + p, "MG-04", p + ".D.C2", "GOOD", 3);

        awaitProgress("1-KH%2F" + p, p, "members.grades.GOOD", 2);
        progress("1-KH%2F" + p, p).body("members.grades.EXCELLENT", equalTo(1))
                .body("members.grades.size()", equalTo(2)).body("members.reviewed", equalTo(4));
        progress("1-KH%2F" + p, p + ".D.C1").body("members.grades.GOOD", equalTo(1))
                .body("members.grades.EXCELLENT", equalTo(1));
        // regraded: the count moves, nothing counted twice
        selfReview("1-KH/" + p, "MG-01", p + ".D.C1", "GOOD", 4);
        awaitProgress("1-KH%2F" + p, p, "members.grades.GOOD", 3);
        progress("1-KH%2F" + p, p + ".D").body("members.grades.size()", equalTo(1));
    }
}
