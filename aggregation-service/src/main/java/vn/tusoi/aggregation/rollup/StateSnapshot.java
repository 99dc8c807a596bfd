package vn.tusoi.aggregation.rollup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.tusoi.aggregation.ingest.ActionState;
import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.ClassificationState;
import vn.tusoi.aggregation.ingest.IndicatorState;
import vn.tusoi.aggregation.ingest.SessionState;
import vn.tusoi.aggregation.ingest.ShortcomingState;
import vn.tusoi.aggregation.ingest.UnitNode;

/**
 * Every stored state the contributions of a batch's (campaign, unit) pairs depend on, read with a few queries per
 * campaign and slice of units rather than several per pair: a campaign created over the national tree touches
 * every unit of it.
 */
final class StateSnapshot {

    private static final int SLICE = 1_000;

    final Map<String, UnitNode> units = new HashMap<>();
    final Map<String, CampaignInfo> campaigns = new HashMap<>();
    final Map<Contribution.Key, Contribution> contributions = new HashMap<>();
    final Map<Contribution.Key, List<SessionState>> sessions = new HashMap<>();
    final Map<Contribution.Key, Integer> reviewed = new HashMap<>();
    /** The members' decided grades at a unit: grade to how many. */
    final Map<Contribution.Key, Map<String, Integer>> memberGrades = new HashMap<>();
    final Map<Contribution.Key, List<ShortcomingState>> shortcomings = new HashMap<>();
    final Map<UUID, List<ActionState>> actions = new HashMap<>();
    final Map<Contribution.Key, IndicatorState> indicators = new HashMap<>();
    final Map<Contribution.Key, ClassificationState> classifications = new HashMap<>();

    static StateSnapshot load(EntityManager em, Collection<Contribution.Key> keys) {
        StateSnapshot snapshot = new StateSnapshot();
        Map<String, Set<String>> unitsByCampaign = new TreeMap<>();
        keys.forEach(key -> unitsByCampaign.computeIfAbsent(key.campaignCode(), c -> new LinkedHashSet<>())
                .add(key.unitCode()));
        Set<String> allUnits = new LinkedHashSet<>();
        unitsByCampaign.values().forEach(allUnits::addAll);
        snapshot.loadUnits(em, allUnits);
        // a merged unit's predecessors' sessions decide whether it held a campaign
        Set<String> predecessors = new LinkedHashSet<>();
        snapshot.units.values().forEach(unit -> predecessors.addAll(unit.predecessors));
        predecessors.removeAll(snapshot.units.keySet());
        snapshot.loadUnits(em, predecessors);
        unitsByCampaign.forEach((campaignCode, codes) -> {
            CampaignInfo campaign = em.find(CampaignInfo.class, campaignCode);
            if (campaign != null) {
                snapshot.campaigns.put(campaignCode, campaign);
            }
            List<String> withPredecessors = new ArrayList<>(codes);
            codes.forEach(code -> {
                UnitNode unit = snapshot.units.get(code);
                if (unit != null) {
                    withPredecessors.addAll(unit.predecessors);
                }
            });
            for (List<String> slice : slices(List.copyOf(codes))) {
                snapshot.loadCampaignSlice(em, campaignCode, campaign, slice);
            }
            for (List<String> slice : slices(withPredecessors)) {
                ListQuery.of(em,
                        "SELECT s FROM SessionState s WHERE s.campaignCode = :campaign AND s.unitCode IN :values",
                        SessionState.class, slice).setParameter("campaign", campaignCode).getResultList()
                        .forEach(s -> snapshot.sessions.computeIfAbsent(new Contribution.Key(campaignCode,
                                s.unitCode), k -> new ArrayList<>()).add(s));
            }
        });
        return snapshot;
    }

    private void loadUnits(EntityManager em, Collection<String> codes) {
        for (List<String> slice : slices(List.copyOf(codes))) {
            ListQuery.of(em, "SELECT u FROM UnitNode u WHERE u.code IN :values", UnitNode.class, slice)
                    .getResultList().forEach(unit -> units.put(unit.code, unit));
        }
    }

    private void loadCampaignSlice(EntityManager em, String campaignCode, CampaignInfo campaign, List<String> slice) {
        ListQuery.of(em, "SELECT c FROM Contribution c WHERE c.key.campaignCode = :campaign"
                + " AND c.key.unitCode IN :values", Contribution.class, slice).setParameter("campaign", campaignCode)
                .getResultList().forEach(c -> contributions.put(c.key, c));
        // the members reviewed and their decided grades, in one query: a grade's count, null for those undecided
        ListQuery.of(em, "SELECT r.unitCode, r.decidedGrade, count(r) FROM SelfReviewState r"
                + " WHERE r.key.campaignCode = :campaign AND r.unitCode IN :values GROUP BY r.unitCode, r.decidedGrade",
                Object[].class, slice).setParameter("campaign", campaignCode).getResultList().forEach(row -> {
                    Contribution.Key key = new Contribution.Key(campaignCode, (String) row[0]);
                    int count = ((Number) row[2]).intValue();
                    reviewed.merge(key, count, Integer::sum);
                    if (row[1] != null) {
                        memberGrades.computeIfAbsent(key, k -> new TreeMap<>()).put((String) row[1], count);
                    }
                });
        List<UUID> shortcomingIds = new ArrayList<>();
        ListQuery.of(em, "SELECT s FROM ShortcomingState s WHERE s.campaignCode = :campaign AND s.unitCode IN :values",
                ShortcomingState.class, slice).setParameter("campaign", campaignCode).getResultList().forEach(s -> {
                    shortcomings.computeIfAbsent(new Contribution.Key(campaignCode, s.unitCode),
                            k -> new ArrayList<>()).add(s);
                    shortcomingIds.add(s.id);
                });
        for (int from = 0; from < shortcomingIds.size(); from += SLICE) {
            ListQuery.of(em, "SELECT a FROM ActionState a WHERE a.shortcomingId IN :values", ActionState.class,
                    shortcomingIds.subList(from, Math.min(shortcomingIds.size(), from + SLICE))).getResultList()
                    .forEach(a -> actions.computeIfAbsent(a.shortcomingId, k -> new ArrayList<>()).add(a));
        }
        if (campaign == null) {
            return;
        }
        int year = campaign.deadline.getYear();
        ListQuery.of(em, "SELECT i FROM IndicatorState i WHERE i.key.period = :period AND i.key.unitCode IN :values",
                IndicatorState.class, slice).setParameter("period", String.valueOf(year)).getResultList()
                .forEach(i -> indicators.put(new Contribution.Key(campaignCode, i.key.unitCode()), i));
        ListQuery.of(em, "SELECT c FROM ClassificationState c WHERE c.key.period = :period"
                + " AND c.key.unitCode IN :values", ClassificationState.class, slice)
                .setParameter("period", campaign.gradingPeriodCode()).getResultList()
                .forEach(c -> classifications.put(new Contribution.Key(campaignCode, c.key.unitCode()), c));
    }

    /** The held sessions of the campaign among these units'. */
    List<SessionState> heldSessions(String campaignCode, List<String> unitCodes) {
        List<SessionState> held = new ArrayList<>();
        for (String unit : unitCodes) {
            sessions.getOrDefault(new Contribution.Key(campaignCode, unit), List.of()).stream()
                    .filter(SessionState::isHeld).forEach(held::add);
        }
        return held;
    }

    private static List<List<String>> slices(List<String> codes) {
        List<List<String>> slices = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += SLICE) {
            slices.add(codes.subList(from, Math.min(codes.size(), from + SLICE)));
        }
        return slices;
    }
}
