package vn.tusoi.aggregation.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.tusoi.aggregation.ingest.ActionState;
import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.ClassificationState;
import vn.tusoi.aggregation.ingest.SessionState;
import vn.tusoi.aggregation.ingest.ShortcomingState;
import vn.tusoi.aggregation.ingest.UnitNode;

/** The roll-up rules for one unit and one campaign, from stored states alone. */
class ContributionRuleTest {

    private static final String CAMPAIGN = "87-KH/HU";
    private static final LocalDate DEADLINE = LocalDate.of(2025, 1, 15);

    private final StateSnapshot states = new StateSnapshot();

    ContributionRuleTest() {
        CampaignInfo campaign = new CampaignInfo();
        campaign.code = CAMPAIGN;
        campaign.issuingUnitCode = "HT-DT";
        campaign.scopeKinds = List.of("CELL");
        campaign.deadline = DEADLINE;
        states.campaigns.put(CAMPAIGN, campaign);
        unit("HT-DT", "DISTRICT", List.of("HT"), 0);
        unit("HT-DT.X", "COMMUNE", List.of("HT", "HT-DT"), 0);
    }

    @Test
    void aCellUnderTheIssuerThatHeldOnTimeCountsHeldOnTimeUpToTheIssuer() {
        unit("HT-DT.X.C1", "CELL", List.of("HT", "HT-DT", "HT-DT.X"), 12);
        session("HT-DT.X.C1", "APPROVED", LocalDate.of(2025, 1, 10), 12, 11);

        Contribution c = ContributionRule.now(key("HT-DT.X.C1"), states);

        assertTrue(c.inScope);
        assertTrue(c.held);
        assertTrue(c.onTime);
        assertEquals(List.of("HT-DT", "HT-DT.X"), c.ancestors);
        assertEquals(Map.of(Counters.ATTENDANCE_EXPECTED, 12, Counters.ATTENDANCE_PRESENT, 11), c.tallies);
        Map<String, Map<String, Integer>> counts = counts(c);
        assertEquals(1, counts.get("HT-DT.X").get(Counters.DIRECT_HELD));
        assertEquals(1, counts.get("HT-DT").get(Counters.held("CELL")));
        assertEquals(1, counts.get("HT-DT").get(Counters.ON_TIME));
        assertEquals(12, counts.get("HT-DT.X.C1").get(Counters.MEMBERS_TOTAL));
        assertFalse(counts.containsKey("HT"), "nothing counts above the issuing unit");
    }

    @Test
    void aSessionAfterTheDeadlineIsLateAndADraftIsNotHeld() {
        unit("HT-DT.X.C1", "CELL", List.of("HT", "HT-DT", "HT-DT.X"), 12);
        unit("HT-DT.X.C2", "CELL", List.of("HT", "HT-DT", "HT-DT.X"), 8);
        session("HT-DT.X.C1", "SUBMITTED", DEADLINE.plusDays(1), null, null);
        session("HT-DT.X.C2", "DRAFT", LocalDate.of(2025, 1, 5), null, null);

        Contribution late = ContributionRule.now(key("HT-DT.X.C1"), states);
        Contribution draft = ContributionRule.now(key("HT-DT.X.C2"), states);

        assertTrue(late.held);
        assertFalse(late.onTime);
        assertEquals(1, counts(late).get("HT-DT").get(Counters.LATE));
        assertFalse(draft.held);
        assertEquals(0, counts(draft).get("HT-DT").get(Counters.held("CELL")));
        assertEquals(1, counts(draft).get("HT-DT").get(Counters.expected("CELL")));
    }

    @Test
    void aUnitOutsideTheIssuerOrDissolvedCountsNothing() {
        unit("HT-KA.C1", "CELL", List.of("HT", "HT-KA"), 9);
        UnitNode dissolved = unit("HT-DT.X.C9", "CELL", List.of("HT", "HT-DT", "HT-DT.X"), 9);
        dissolved.validTo = LocalDate.of(2024, 12, 1);

        for (String code : List.of("HT-KA.C1", "HT-DT.X.C9", "HT-DT.UNKNOWN")) {
            Contribution c = ContributionRule.now(key(code), states);
            assertFalse(c.inScope, code);
            assertTrue(counts(c).isEmpty(), code);
        }
    }

    @Test
    void aKindTheCampaignDoesNotCoverCountsItsMembersButIsNotExpected() {
        Contribution commune = ContributionRule.now(key("HT-DT.X"), states);
        states.units.get("HT-DT.X").memberCount = 40;
        Contribution withMembers = ContributionRule.now(key("HT-DT.X"), states);

        assertFalse(commune.inScope);
        assertEquals(40, counts(withMembers).get("HT-DT").get(Counters.MEMBERS_TOTAL));
        assertNull(counts(withMembers).get("HT-DT").get(Counters.DIRECT_EXPECTED));
    }

    @Test
    void aMergedUnitHasHeldWhenEveryPredecessorHad() {
        UnitNode merged = unit("HT-DT.X.M", "CELL", List.of("HT", "HT-DT", "HT-DT.X"), 20);
        merged.predecessors = List.of("HT-DT.X.P1", "HT-DT.X.P2");
        session("HT-DT.X.P1", "APPROVED", LocalDate.of(2025, 1, 3), null, null);

        assertFalse(ContributionRule.now(key("HT-DT.X.M"), states).held);

        session("HT-DT.X.P2", "APPROVED", LocalDate.of(2025, 1, 8), null, null);
        Contribution both = ContributionRule.now(key("HT-DT.X.M"), states);
        assertTrue(both.held);
        assertEquals(LocalDate.of(2025, 1, 8), both.heldOn);
    }

    @Test
    void anOpenShortcomingWithALateActionIsOverdueAndGradesCount() {
        unit("HT-DT.X.C1", "CELL", List.of("HT", "HT-DT", "HT-DT.X"), 12);
        ShortcomingState open = shortcoming("HT-DT.X.C1", "OPEN", "PARTY_BUILDING");
        shortcoming("HT-DT.X.C1", "RESOLVED", "PARTY_BUILDING");
        ActionState action = new ActionState();
        action.id = UUID.randomUUID();
        action.shortcomingId = open.id;
        action.status = "IN_PROGRESS";
        action.overdue = true;
        states.actions.put(open.id, List.of(action));
        ClassificationState grade = new ClassificationState();
        grade.decidedGrade = "GOOD";
        states.classifications.put(key("HT-DT.X.C1"), grade);

        Contribution c = ContributionRule.now(key("HT-DT.X.C1"), states);

        assertEquals(2, c.tallies.get(Counters.SHORTCOMINGS_RAISED));
        assertEquals(1, c.tallies.get(Counters.SHORTCOMINGS_OVERDUE));
        assertEquals(2, c.tallies.get(Counters.SHORTCOMINGS_AREA + "PARTY_BUILDING"));
        assertEquals(1, c.tallies.get(Counters.SHORTCOMINGS_STATUS + "RESOLVED"));
        assertEquals(1, counts(c).get("HT-DT").get(Counters.GRADE_PREFIX + "GOOD"));
    }

    @Test
    void equalCountsNeedNoWriteAndADifferenceDoes() {
        unit("HT-DT.X.C1", "CELL", List.of("HT", "HT-DT", "HT-DT.X"), 12);
        Contribution before = ContributionRule.now(key("HT-DT.X.C1"), states);
        Contribution again = ContributionRule.now(key("HT-DT.X.C1"), states);
        session("HT-DT.X.C1", "APPROVED", LocalDate.of(2025, 1, 10), null, null);
        Contribution held = ContributionRule.now(key("HT-DT.X.C1"), states);

        assertTrue(again.sameCountsAs(before));
        assertFalse(held.sameCountsAs(before));
        assertFalse(held.sameCountsAs(null));
    }

    private UnitNode unit(String code, String kind, List<String> ancestors, int members) {
        UnitNode unit = new UnitNode();
        unit.code = code;
        unit.name = code;
        unit.kind = kind;
        unit.ancestors = ancestors;
        unit.parentCode = ancestors.get(ancestors.size() - 1);
        unit.memberCount = members;
        states.units.put(code, unit);
        return unit;
    }

    private void session(String unit, String status, LocalDate heldOn, Integer expected, Integer present) {
        SessionState session = new SessionState();
        session.id = UUID.randomUUID();
        session.campaignCode = CAMPAIGN;
        session.unitCode = unit;
        session.status = status;
        session.heldOn = heldOn;
        session.attendanceExpected = expected;
        session.attendancePresent = present;
        states.sessions.computeIfAbsent(key(unit), k -> new ArrayList<>()).add(session);
    }

    private ShortcomingState shortcoming(String unit, String status, String area) {
        ShortcomingState shortcoming = new ShortcomingState();
        shortcoming.id = UUID.randomUUID();
        shortcoming.campaignCode = CAMPAIGN;
        shortcoming.unitCode = unit;
        shortcoming.status = status;
        shortcoming.area = area;
        states.shortcomings.computeIfAbsent(key(unit), k -> new ArrayList<>()).add(shortcoming);
        return shortcoming;
    }

    private static Contribution.Key key(String unit) {
        return new Contribution.Key(CAMPAIGN, unit);
    }

    /** What the contribution adds, by unit and counter (zeros kept). */
    private static Map<String, Map<String, Integer>> counts(Contribution contribution) {
        Map<String, Map<String, Integer>> byUnit = new HashMap<>();
        contribution.forEachCount((unit, counts) -> counts.forEach((counter, amount) -> byUnit
                .computeIfAbsent(unit, u -> new HashMap<>()).merge(counter, amount, Integer::sum)));
        return byUnit;
    }
}
