package vn.tusoi.aggregation.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import vn.tusoi.aggregation.CampaignInfo;
import vn.tusoi.aggregation.Contribution;
import vn.tusoi.aggregation.ShortcomingState;
import vn.tusoi.aggregation.UnitNode;
import vn.tusoi.aggregation.event.ActionChanged;
import vn.tusoi.aggregation.event.CampaignChanged;
import vn.tusoi.aggregation.event.ClassificationChanged;
import vn.tusoi.aggregation.event.EventBatch;
import vn.tusoi.aggregation.event.IndicatorsChanged;
import vn.tusoi.aggregation.event.SelfReviewChanged;
import vn.tusoi.aggregation.event.SessionChanged;
import vn.tusoi.aggregation.event.ShortcomingChanged;
import vn.tusoi.aggregation.event.UnitChanged;
import vn.tusoi.aggregation.rest.ProgressView;
import vn.tusoi.platform.outbox.Outbox;

/**
 * Applies a batch of events in one transaction: stores the newer states (older or repeated versions change nothing),
 * recomputes the contribution of every (campaign, unit) they touch, and adds the differences to the ancestors'
 * counters, summed per counter so that each ancestor row is written once per batch.
 */
@ApplicationScoped
public class RollupEngine {

    private static final String UPSERT_COUNTER = """
            INSERT INTO rollup_counter (campaign_code, unit_code, counter, value, updated_at)
            VALUES (?, ?, ?, ?, now())
            ON CONFLICT (campaign_code, unit_code, counter)
            DO UPDATE SET value = rollup_counter.value + EXCLUDED.value, updated_at = now()""";

    static final String TOPIC = "rollup";
    static final String TYPE = "vn.tusoi.aggregation.rollup.changed";
    private static final int ANNOUNCE_SLICE = 1_000;
    private static final int KEY_SLICE = 1_000;
    /** The advisory lock every batch holds while it is applied ("rollup" in ASCII). */
    public static final long APPLY_LOCK = 0x726f6c6c7570L;

    private final EntityManager em;
    private final ProgressService progress;
    private final Outbox outbox;
    private final Event<RollupsChanged> changed;
    private final FrozenRollups frozen;
    private final CampaignFreeze freeze;
    private final LatestStates latest;

    public RollupEngine(EntityManager em, ProgressService progress, Outbox outbox, Event<RollupsChanged> changed,
            FrozenRollups frozen, CampaignFreeze freeze, LatestStates latest) {
        this.em = em;
        this.latest = latest;
        this.progress = progress;
        this.outbox = outbox;
        this.changed = changed;
        this.frozen = frozen;
        this.freeze = freeze;
    }

    @Transactional
    public int apply(EventBatch batch) {
        holdApplyLock();
        // the look-ups below read nothing this loop changes: no flush of the whole batch before each of them
        em.setFlushMode(FlushModeType.COMMIT);
        latest.prefetch(batch);
        Set<Contribution.Key> touched = new LinkedHashSet<>();
        Set<String> changedUnits = new LinkedHashSet<>();
        for (UnitChanged event : batch.units()) {
            if (latest.store(event)) {
                changedUnits.add(event.code());
            }
        }
        boolean treeChanged = !changedUnits.isEmpty();
        // a campaign's units are looked up with SQL: the units stored above must be in the database by then
        em.flush();
        List<CampaignInfo> closed = new ArrayList<>();
        for (CampaignChanged event : batch.campaigns()) {
            if (latest.store(event, closed)) {
                treeChanged = true;
                touched.addAll(keysForCampaign(event.code(), event.issuingUnitCode()));
            }
        }
        for (SessionChanged event : batch.sessions()) {
            if (latest.store(event)) {
                touched.add(new Contribution.Key(event.campaignCode(), event.unitCode()));
            }
        }
        // the units whose campaigns are looked up: those moved, merged or changed, those with new indicators or grades
        for (IndicatorsChanged event : batch.indicators()) {
            if (latest.store(event)) {
                changedUnits.add(event.unitCode());
            }
        }
        for (ClassificationChanged event : batch.classifications()) {
            if (latest.store(event)) {
                changedUnits.add(event.unitCode());
            }
        }
        touched.addAll(keysForUnits(changedUnits));
        for (ShortcomingChanged event : batch.shortcomings()) {
            String previousUnit = latest.store(event);
            if (previousUnit != null) {
                touched.add(new Contribution.Key(event.campaignCode(), event.unitCode()));
                touched.add(new Contribution.Key(event.campaignCode(), previousUnit));
            }
        }
        for (ActionChanged event : batch.actions()) {
            if (latest.store(event)) {
                // an action that arrives before its shortcoming counts when the shortcoming arrives
                ShortcomingState shortcoming = em.find(ShortcomingState.class, event.shortcomingId());
                if (shortcoming != null) {
                    touched.add(new Contribution.Key(shortcoming.campaignCode, shortcoming.unitCode));
                }
            }
        }
        for (SelfReviewChanged event : batch.selfReviews()) {
            String previousUnit = latest.store(event);
            if (previousUnit != null) {
                touched.add(new Contribution.Key(event.campaignCode(), event.unitCode()));
                touched.add(new Contribution.Key(event.campaignCode(), previousUnit));
            }
        }
        em.flush();
        Map<CounterKey, Long> deltas = new TreeMap<>();
        StateSnapshot states = StateSnapshot.load(em, touched);
        for (Contribution.Key key : touched) {
            recompute(key, states, deltas);
        }
        writeDeltas(deltas);
        announce(deltas, treeChanged);
        frozen.save(batch.frozen());
        // last: freezing a national campaign clears the persistence context slice by slice
        closed.forEach(freeze::freeze);
        return touched.size();
    }

    /** Empties every stored state and roll-up, for a rebuild from the topics. */
    @Transactional
    public void clear() {
        holdApplyLock();
        em.createNativeQuery("TRUNCATE unit_node, campaign_info, session_state, contribution, rollup_counter,"
                + " self_review_state, shortcoming_state, action_state, indicator_state, classification_state,"
                + " frozen_rollup").executeUpdate();
        changed.fire(new RollupsChanged(List.of(), true));
    }

    /**
     * One batch at a time, whoever applies it: the live consumer of any replica, a rebuild, a re-drive. Held until
     * the transaction ends, so two appliers never read the same stored contribution and both write their own.
     */
    private void holdApplyLock() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, APPLY_LOCK).getSingleResult();
    }

    /**
     * The campaigns each of these units counts for: those it feeds already, and those issued at or above it (with its
     * ancestors as just stored). A few queries per 1,000 units: a move of a large subtree changes every unit of it.
     */
    private Set<Contribution.Key> keysForUnits(Collection<String> unitCodes) {
        Set<Contribution.Key> keys = new LinkedHashSet<>();
        List<String> codes = List.copyOf(unitCodes);
        for (int from = 0; from < codes.size(); from += KEY_SLICE) {
            List<String> slice = codes.subList(from, Math.min(codes.size(), from + KEY_SLICE));
            keys.addAll(em.createQuery("SELECT c.key FROM Contribution c WHERE c.key.unitCode IN ?1",
                    Contribution.Key.class).setParameter(1, slice).getResultList());
            Map<String, List<String>> issuersByUnit = new HashMap<>();
            Set<String> issuers = new LinkedHashSet<>();
            for (String code : slice) {
                UnitNode unit = em.find(UnitNode.class, code);
                if (unit != null) {
                    List<String> atOrAbove = new ArrayList<>(unit.ancestors);
                    atOrAbove.add(code);
                    issuersByUnit.put(code, atOrAbove);
                    issuers.addAll(atOrAbove);
                }
            }
            Map<String, List<String>> campaignsByIssuer = new HashMap<>();
            List<String> issuerList = List.copyOf(issuers);
            for (int i = 0; i < issuerList.size(); i += KEY_SLICE) {
                em.createQuery("SELECT c.code, c.issuingUnitCode FROM CampaignInfo c WHERE c.issuingUnitCode IN ?1",
                        Object[].class).setParameter(1,
                                issuerList.subList(i, Math.min(issuerList.size(),
                                        i + KEY_SLICE)))
                        .getResultList().forEach(row -> campaignsByIssuer.computeIfAbsent((String) row[1],
                                issuer -> new ArrayList<>()).add((String) row[0]));
            }
            issuersByUnit.forEach((unit, atOrAbove) -> atOrAbove.forEach(issuer -> campaignsByIssuer
                    .getOrDefault(issuer, List.of()).forEach(campaign -> keys.add(new Contribution.Key(campaign,
                            unit)))));
        }
        return keys;
    }

    /** A campaign counts every unit under its issuing unit, and every unit it counted before. */
    private List<Contribution.Key> keysForCampaign(String campaignCode, String issuingUnitCode) {
        Set<String> units = new LinkedHashSet<>();
        @SuppressWarnings("unchecked")
        List<String> under = em.createNativeQuery("SELECT code FROM unit_node WHERE ancestors @> ARRAY[?1]::varchar[]")
                .setParameter(1, issuingUnitCode).getResultList();
        units.addAll(under);
        units.add(issuingUnitCode);
        units.addAll(em.createQuery(
                "SELECT c.key.unitCode FROM Contribution c WHERE c.key.campaignCode = ?1", String.class)
                .setParameter(1, campaignCode).getResultList());
        return units.stream().map(unit -> new Contribution.Key(campaignCode, unit)).toList();
    }

    private void recompute(Contribution.Key key, StateSnapshot states, Map<CounterKey, Long> deltas) {
        Contribution old = states.contributions.get(key);
        Contribution now = ContributionRule.now(key, states);
        if (now.sameCountsAs(old)) {
            return;
        }
        if (old != null) {
            old.forEachCount((unit, counts) -> add(deltas, key.campaignCode(), unit, counts, -1));
            old.kind = now.kind;
            old.inScope = now.inScope;
            old.held = now.held;
            old.onTime = now.onTime;
            old.members = now.members;
            old.reviewed = now.reviewed;
            old.tallies = now.tallies;
            old.heldOn = now.heldOn;
            old.grade = now.grade;
            old.ancestors = now.ancestors;
        } else {
            em.persist(now);
        }
        now.forEachCount((unit, counts) -> add(deltas, key.campaignCode(), unit, counts, 1));
    }

    /**
     * Publishes each changed roll-up, as the progress endpoint shows it, on the compacted {@code rollup} topic (key
     * campaign|unit) through the outbox, and hands it to the open streams once the batch commits.
     */
    private void announce(Map<CounterKey, Long> deltas, boolean treeChanged) {
        Map<String, Set<String>> unitsByCampaign = new TreeMap<>();
        deltas.forEach((key, delta) -> {
            if (delta != 0) {
                unitsByCampaign.computeIfAbsent(key.campaign(), c -> new TreeSet<>()).add(key.unit());
            }
        });
        List<ProgressView> rollups = new ArrayList<>();
        unitsByCampaign.forEach((campaign, units) -> {
            List<String> codes = List.copyOf(units);
            // in slices: a campaign created over the national tree changes the roll-up of every unit with sub-units
            for (int from = 0; from < codes.size(); from += ANNOUNCE_SLICE) {
                rollups.addAll(progress.current(campaign, codes.subList(from, Math.min(codes.size(),
                        from + ANNOUNCE_SLICE))));
            }
        });
        for (ProgressView rollup : rollups) {
            outbox.record(TOPIC, rollup.campaignCode() + "|" + rollup.unitCode(), TYPE, rollup);
        }
        if (!rollups.isEmpty() || treeChanged) {
            changed.fire(new RollupsChanged(rollups, treeChanged));
        }
    }

    private static void add(Map<CounterKey, Long> deltas, String campaign, String unit, Map<String, Integer> counts,
            int sign) {
        counts.forEach((counter, amount) -> {
            if (amount != 0) {
                deltas.merge(new CounterKey(campaign, unit, counter), (long) sign * amount, Long::sum);
            }
        });
    }

    /** Writes the summed deltas in key order (a stable lock order), skipping those that cancelled out. */
    private void writeDeltas(Map<CounterKey, Long> deltas) {
        Collection<Map.Entry<CounterKey, Long>> nonZero = new ArrayList<>();
        deltas.entrySet().stream().filter(e -> e.getValue() != 0).forEach(nonZero::add);
        if (nonZero.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (var statement = connection.prepareStatement(UPSERT_COUNTER)) {
                for (Map.Entry<CounterKey, Long> delta : nonZero) {
                    statement.setString(1, delta.getKey().campaign());
                    statement.setString(2, delta.getKey().unit());
                    statement.setString(3, delta.getKey().counter());
                    statement.setLong(4, delta.getValue());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    private record CounterKey(String campaign, String unit, String counter) implements Comparable<CounterKey> {
        @Override
        public int compareTo(CounterKey other) {
            int byCampaign = campaign.compareTo(other.campaign);
            if (byCampaign != 0) {
                return byCampaign;
            }
            int byUnit = unit.compareTo(other.unit);
            return byUnit != 0 ? byUnit : counter.compareTo(other.counter);
        }
    }

}
