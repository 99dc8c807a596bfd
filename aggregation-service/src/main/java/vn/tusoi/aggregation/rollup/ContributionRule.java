package vn.tusoi.aggregation.rollup;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import vn.tusoi.aggregation.ingest.ActionState;
import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.ClassificationState;
import vn.tusoi.aggregation.ingest.IndicatorState;
import vn.tusoi.aggregation.ingest.SessionState;
import vn.tusoi.aggregation.ingest.ShortcomingState;
import vn.tusoi.aggregation.ingest.UnitNode;

/**
 * The roll-up rules for one unit and one campaign: what the unit adds to itself and its ancestors, from the latest
 * states of the unit, the campaign and the unit's records. The incremental engine and the reconciliation's recount
 * both use it.
 */
public final class ContributionRule {

    private ContributionRule() {
    }

    /** A contribution as stored (null if none) and as the rule gives it from the stored states. */
    public record Recounted(Contribution.Key key, Contribution stored, Contribution now) {
    }

    /** The contributions of these pairs recounted from the stored states, with what is stored of them. */
    public static List<Recounted> recount(EntityManager em, List<Contribution.Key> keys) {
        StateSnapshot states = StateSnapshot.load(em, keys);
        return keys.stream().map(key -> new Recounted(key, states.contributions.get(key), now(key, states))).toList();
    }

    /** The contribution as the stored states say it is now. */
    static Contribution now(Contribution.Key key, StateSnapshot states) {
        UnitNode unit = states.units.get(key.unitCode());
        CampaignInfo campaign = states.campaigns.get(key.campaignCode());
        Contribution contribution = new Contribution();
        contribution.key = key;
        contribution.kind = unit == null ? "UNKNOWN" : unit.kind;
        contribution.ancestors = List.of();
        if (unit == null || campaign == null || unit.validTo != null) {
            return contribution;
        }
        int issuer = unit.ancestors.indexOf(campaign.issuingUnitCode);
        if (issuer < 0 && !unit.code.equals(campaign.issuingUnitCode)) {
            return contribution;
        }
        // the issuing unit itself counts its own members only
        contribution.ancestors = issuer < 0
                ? List.of()
                : List.copyOf(unit.ancestors.subList(issuer, unit.ancestors.size()));
        contribution.members = unit.memberCount;
        contribution.reviewed = states.reviewed.getOrDefault(key, 0);
        contribution.tallies = tallies(key, states);
        ClassificationState classification = states.classifications.get(key);
        contribution.grade = classification == null ? null : classification.decidedGrade;
        contribution.inScope = issuer >= 0 && campaign.scopeKinds.contains(unit.kind);
        if (!contribution.inScope) {
            return contribution;
        }
        List<SessionState> held = states.heldSessions(key.campaignCode(), List.of(unit.code));
        if (held.isEmpty() && !unit.predecessors.isEmpty()) {
            // a merged unit that has not held its own session counts as having held it if every predecessor had
            held = states.heldSessions(key.campaignCode(), unit.predecessors);
            if (held.size() < unit.predecessors.size()) {
                held = List.of();
            }
        }
        contribution.held = !held.isEmpty();
        contribution.heldOn = held.stream().map(s -> s.heldOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        contribution.onTime = contribution.held && held.stream()
                .allMatch(s -> s.heldOn != null && !s.heldOn.isAfter(campaign.deadline));
        return contribution;
    }

    /**
     * The unit's indicators for the campaign's year, its members' decided grades, its shortcomings by status and area
     * (and those that come back, by area), its attendance.
     */
    private static Map<String, Integer> tallies(Contribution.Key key, StateSnapshot states) {
        Map<String, Integer> tallies = new TreeMap<>();
        IndicatorState indicators = states.indicators.get(key);
        if (indicators != null && indicators.total > 0) {
            tallies.put(Counters.INDICATORS_MET, indicators.met);
            tallies.put(Counters.INDICATORS_TOTAL, indicators.total);
        }
        states.memberGrades.getOrDefault(key, Map.of())
                .forEach((grade, count) -> tallies.put(Counters.MEMBER_GRADE_PREFIX + grade, count));
        for (ShortcomingState shortcoming : states.shortcomings.getOrDefault(key, List.of())) {
            tallies.merge(Counters.SHORTCOMINGS_RAISED, 1, Integer::sum);
            tallies.merge(Counters.SHORTCOMINGS_STATUS + shortcoming.status, 1, Integer::sum);
            tallies.merge(Counters.SHORTCOMINGS_AREA + shortcoming.area, 1, Integer::sum);
            if (shortcoming.recurring) {
                tallies.merge(Counters.SHORTCOMINGS_RECURRING, 1, Integer::sum);
                tallies.merge(Counters.SHORTCOMINGS_RECURRING_AREA + shortcoming.area, 1, Integer::sum);
            }
            if (shortcoming.status.equals("OPEN")
                    && states.actions.getOrDefault(shortcoming.id, List.of()).stream().anyMatch(ActionState::isLate)) {
                tallies.merge(Counters.SHORTCOMINGS_OVERDUE, 1, Integer::sum);
            }
        }
        for (SessionState session : states.heldSessions(key.campaignCode(), List.of(key.unitCode()))) {
            if (session.attendanceExpected != null && session.attendancePresent != null) {
                tallies.merge(Counters.ATTENDANCE_EXPECTED, session.attendanceExpected, Integer::sum);
                tallies.merge(Counters.ATTENDANCE_PRESENT, session.attendancePresent, Integer::sum);
            }
        }
        return tallies;
    }
}
