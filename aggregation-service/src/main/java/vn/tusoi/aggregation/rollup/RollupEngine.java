package vn.tusoi.aggregation.rollup;

import java.util.ArrayList;
import java.util.Collection;
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

import vn.tusoi.aggregation.events.RollupChanged;
import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.EventBatch;
import vn.tusoi.aggregation.ingest.EventKinds;
import vn.tusoi.aggregation.ingest.Touched;
import vn.tusoi.platform.outbox.Outbox;

/**
 * Applies a batch of events in one transaction: each kind stores its newer states (older or repeated versions change
 * nothing) and notes what they touch; the engine recomputes the contribution of every (campaign, unit) touched, adds
 * the differences to the ancestors' counters, summed per counter so that each ancestor row is written once per
 * batch, and announces the changed roll-ups.
 */
@ApplicationScoped
public class RollupEngine {

    // statement_timestamp(), not now(): taken under the apply lock, so a later batch's is later whatever its
    // transaction's start, and a roll-up's asOf orders its versions (readers drop one older than what they hold)
    private static final String UPSERT_COUNTER = """
            INSERT INTO rollup_counter (campaign_code, unit_code, counter, value, updated_at)
            VALUES (?, ?, ?, ?, statement_timestamp())
            ON CONFLICT (campaign_code, unit_code, counter)
            DO UPDATE SET value = rollup_counter.value + EXCLUDED.value, updated_at = statement_timestamp()""";

    private static final int ANNOUNCE_SLICE = 1_000;
    /** The advisory lock every batch holds while it is applied ("rollup" in ASCII). */
    public static final long APPLY_LOCK = 0x726f6c6c7570L;

    private final EntityManager em;
    private final EventKinds kinds;
    private final TouchedContributions contributions;
    private final RollupViews views;
    private final RollupEventMapper mapper;
    private final Outbox outbox;
    private final Event<RollupsChanged> changed;
    private final CampaignFreeze freeze;

    public RollupEngine(EntityManager em, EventKinds kinds, TouchedContributions contributions, RollupViews views,
            RollupEventMapper mapper, Outbox outbox, Event<RollupsChanged> changed, CampaignFreeze freeze) {
        this.em = em;
        this.kinds = kinds;
        this.contributions = contributions;
        this.views = views;
        this.mapper = mapper;
        this.outbox = outbox;
        this.changed = changed;
        this.freeze = freeze;
    }

    @Transactional
    public int apply(EventBatch batch) {
        startApplying();
        Touched touched = storeStates(batch);
        int recomputed = recompute(contributions.of(touched), touched.treeChanged());
        // last: freezing reads what the batch changed, flushed first
        freezeClosed(touched.closed());
        return recomputed;
    }

    /**
     * A rebuild's first pass: stores the batch's newer states and counts nothing; returns what they touch, for
     * {@link #touchedBy} once every batch is stored. A contribution the live consumer computes meanwhile from the
     * states stored so far is only computed early: the second pass recomputes it against what was stored.
     */
    @Transactional
    public Touched store(EventBatch batch) {
        startApplying();
        return storeStates(batch);
    }

    /** The contributions touched by what the batches stored, on the tree and campaigns as stored. */
    @Transactional
    public List<Contribution.Key> touchedBy(Touched touched) {
        return List.copyOf(contributions.of(touched));
    }

    /**
     * A rebuild's second pass, a slice of {@link #touchedBy} per call: recomputes these contributions from the
     * stored states, adds the differences to the ancestors' counters and announces the changed roll-ups, as a batch
     * does for what it touched.
     */
    @Transactional
    public int recount(List<Contribution.Key> keys, boolean treeChanged) {
        startApplying();
        return recompute(new LinkedHashSet<>(keys), treeChanged);
    }

    /** Freezes the roll-ups of these campaigns, which a rebuild read closing: once it has counted. */
    @Transactional
    public void freeze(List<String> campaignCodes) {
        startApplying();
        freezeClosed(campaignCodes);
    }

    private Touched storeStates(EventBatch batch) {
        Touched touched = new Touched();
        batch.apply(touched);
        // the contributions a campaign or unit touches are looked up with SQL: what was stored must be there
        em.flush();
        return touched;
    }

    private int recompute(Set<Contribution.Key> keys, boolean treeChanged) {
        Map<CounterKey, Long> deltas = new TreeMap<>();
        StateSnapshot states = StateSnapshot.load(em, keys);
        for (Contribution.Key key : keys) {
            recompute(key, states, deltas);
        }
        writeDeltas(deltas);
        announce(deltas, treeChanged);
        return keys.size();
    }

    private void freezeClosed(List<String> campaignCodes) {
        campaignCodes.forEach(code -> freeze.freeze(em.find(CampaignInfo.class, code)));
    }

    /** Empties every stored state and roll-up, for a rebuild from the topics. */
    @Transactional
    public void clear() {
        holdApplyLock();
        List<String> tables = new ArrayList<>(List.of("contribution", "rollup_counter"));
        tables.addAll(kinds.tables());
        em.createNativeQuery("TRUNCATE " + String.join(", ", tables)).executeUpdate();
        changed.fire(new RollupsChanged(List.of(), true));
    }

    /**
     * Holds the apply lock, and flushes the persistence context only at commit or where the engine says so: its
     * queries read nothing it has changed there but what it flushed first (the stored states) or wrote by JDBC (the
     * counters). Flushing before each of them dirty-checked every entity loaded so far: most of a rebuild's count.
     */
    private void startApplying() {
        holdApplyLock();
        em.setFlushMode(FlushModeType.COMMIT);
    }

    /**
     * One batch at a time, whoever applies it: the live consumer of any replica, a rebuild, a re-drive. Held until
     * the transaction ends, so two appliers never read the same stored contribution and both write their own.
     */
    private void holdApplyLock() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, APPLY_LOCK).getSingleResult();
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
        List<UnitRollup> rollups = new ArrayList<>();
        unitsByCampaign.forEach((campaign, units) -> {
            List<String> codes = List.copyOf(units);
            // in slices: a campaign created over the national tree changes the roll-up of every unit with sub-units
            for (int from = 0; from < codes.size(); from += ANNOUNCE_SLICE) {
                rollups.addAll(views.current(campaign, codes.subList(from, Math.min(codes.size(),
                        from + ANNOUNCE_SLICE))));
            }
        });
        for (UnitRollup rollup : rollups) {
            outbox.record(RollupChanged.TOPIC, rollup.campaignCode() + "|" + rollup.unitCode(), RollupChanged.TYPE,
                    mapper.toEvent(rollup));
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
