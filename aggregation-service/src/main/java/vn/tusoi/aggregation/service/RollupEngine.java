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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import vn.tusoi.aggregation.ActionState;
import vn.tusoi.aggregation.CampaignInfo;
import vn.tusoi.aggregation.ClassificationState;
import vn.tusoi.aggregation.Contribution;
import vn.tusoi.aggregation.IndicatorState;
import vn.tusoi.aggregation.SelfReviewState;
import vn.tusoi.aggregation.SessionState;
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

    private final EntityManager em;
    private final ProgressService progress;
    private final Outbox outbox;
    private final Event<RollupsChanged> changed;
    private final FrozenRollups frozen;
    private final CampaignFreeze freeze;

    public RollupEngine(EntityManager em, ProgressService progress, Outbox outbox, Event<RollupsChanged> changed,
            FrozenRollups frozen, CampaignFreeze freeze) {
        this.em = em;
        this.progress = progress;
        this.outbox = outbox;
        this.changed = changed;
        this.frozen = frozen;
        this.freeze = freeze;
    }

    @Transactional
    public int apply(EventBatch batch) {
        // the look-ups below read nothing this loop changes: no flush of the whole batch before each of them
        em.setFlushMode(FlushModeType.COMMIT);
        prefetch(batch);
        Set<Contribution.Key> touched = new LinkedHashSet<>();
        Set<String> changedUnits = new LinkedHashSet<>();
        for (UnitChanged event : batch.units()) {
            if (store(event)) {
                changedUnits.add(event.code());
            }
        }
        boolean treeChanged = !changedUnits.isEmpty();
        // a campaign's units are looked up with SQL: the units stored above must be in the database by then
        em.flush();
        List<CampaignInfo> closed = new ArrayList<>();
        for (CampaignChanged event : batch.campaigns()) {
            if (store(event, closed)) {
                treeChanged = true;
                touched.addAll(keysForCampaign(event.code(), event.issuingUnitCode()));
            }
        }
        for (SessionChanged event : batch.sessions()) {
            if (store(event)) {
                touched.add(new Contribution.Key(event.campaignCode(), event.unitCode()));
            }
        }
        // the units whose campaigns are looked up: those moved, merged or changed, those with new indicators or grades
        for (IndicatorsChanged event : batch.indicators()) {
            if (store(event)) {
                changedUnits.add(event.unitCode());
            }
        }
        for (ClassificationChanged event : batch.classifications()) {
            if (store(event)) {
                changedUnits.add(event.unitCode());
            }
        }
        touched.addAll(keysForUnits(changedUnits));
        for (ShortcomingChanged event : batch.shortcomings()) {
            String previousUnit = store(event);
            if (previousUnit != null) {
                touched.add(new Contribution.Key(event.campaignCode(), event.unitCode()));
                touched.add(new Contribution.Key(event.campaignCode(), previousUnit));
            }
        }
        for (ActionChanged event : batch.actions()) {
            if (store(event)) {
                // an action that arrives before its shortcoming counts when the shortcoming arrives
                ShortcomingState shortcoming = em.find(ShortcomingState.class, event.shortcomingId());
                if (shortcoming != null) {
                    touched.add(new Contribution.Key(shortcoming.campaignCode, shortcoming.unitCode));
                }
            }
        }
        for (SelfReviewChanged event : batch.selfReviews()) {
            String previousUnit = store(event);
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

    /**
     * Loads the stored states the batch's events replace with a query per 1,000 instead of one per event: each
     * {@code em.find} below then finds its entity already loaded.
     */
    private void prefetch(EventBatch batch) {
        prefetch("SELECT u FROM UnitNode u WHERE u.code IN ?1", batch.units().stream().map(UnitChanged::code));
        prefetch("SELECT s FROM SessionState s WHERE s.id IN ?1", batch.sessions().stream().map(SessionChanged::id));
        prefetch("SELECT s FROM ShortcomingState s WHERE s.id IN ?1",
                batch.shortcomings().stream().map(ShortcomingChanged::id));
        prefetch("SELECT a FROM ActionState a WHERE a.id IN ?1", batch.actions().stream().map(ActionChanged::id));
        batch.selfReviews().stream().collect(Collectors.groupingBy(SelfReviewChanged::campaignCode))
                .forEach((campaign, reviews) -> prefetch("SELECT r FROM SelfReviewState r WHERE r.key.registryNo IN"
                        + " ?1 AND r.key.campaignCode = ?2", reviews.stream().map(SelfReviewChanged::registryNo),
                        campaign));
    }

    /** Runs the query (ids as parameter 1, then the others) per 1,000 ids, keeping what it loads. */
    private void prefetch(String query, Stream<?> ids, Object... others) {
        List<?> all = ids.distinct().toList();
        for (int from = 0; from < all.size(); from += KEY_SLICE) {
            var loading = em.createQuery(query).setParameter(1, all.subList(from, Math.min(all.size(),
                    from + KEY_SLICE)));
            for (int i = 0; i < others.length; i++) {
                loading.setParameter(i + 2, others[i]);
            }
            loading.getResultList();
        }
    }

    /** Empties every stored state and roll-up, for a rebuild from the topics. */
    @Transactional
    public void clear() {
        em.createNativeQuery("TRUNCATE unit_node, campaign_info, session_state, contribution, rollup_counter,"
                + " self_review_state, shortcoming_state, action_state, indicator_state, classification_state,"
                + " frozen_rollup").executeUpdate();
        changed.fire(new RollupsChanged(List.of(), true));
    }

    private boolean store(UnitChanged event) {
        UnitNode node = em.find(UnitNode.class, event.code());
        if (node != null && node.version >= event.version()) {
            return false;
        }
        boolean isNew = node == null;
        if (isNew) {
            node = new UnitNode();
            node.code = event.code();
        }
        node.name = event.name();
        node.kind = event.kind();
        node.parentCode = event.parentCode();
        node.ancestors = List.copyOf(event.ancestors());
        node.validTo = event.validTo();
        node.memberCount = event.memberCount();
        node.predecessors = event.predecessors() == null ? List.of() : List.copyOf(event.predecessors());
        node.version = event.version();
        if (isNew) {
            em.persist(node);
        }
        return true;
    }

    /**
     * Stores a newer campaign state; a campaign seen open before and closed now joins {@code closed}. One first seen
     * closed (a rebuild reads only the latest state) is not frozen again: its frozen roll-ups come from their topic.
     */
    private boolean store(CampaignChanged event, List<CampaignInfo> closed) {
        CampaignInfo campaign = em.find(CampaignInfo.class, event.code());
        if (campaign != null && campaign.version >= event.version()) {
            return false;
        }
        boolean wasOpen = campaign != null && !campaign.isClosed();
        boolean isNew = campaign == null;
        if (isNew) {
            campaign = new CampaignInfo();
            campaign.code = event.code();
        }
        campaign.issuingUnitCode = event.issuingUnitCode();
        campaign.scopeKinds = List.copyOf(event.scopeKinds());
        campaign.deadline = event.deadline();
        campaign.status = event.status() == null ? CampaignInfo.OPEN : event.status();
        campaign.version = event.version();
        if (isNew) {
            em.persist(campaign);
        }
        if (wasOpen && campaign.isClosed()) {
            closed.add(campaign);
        }
        return true;
    }

    private boolean store(SessionChanged event) {
        SessionState session = em.find(SessionState.class, event.id());
        if (session != null && session.version >= event.version()) {
            return false;
        }
        boolean isNew = session == null;
        if (isNew) {
            session = new SessionState();
            session.id = event.id();
        }
        session.campaignCode = event.campaignCode();
        session.unitCode = event.unitCode();
        session.status = event.status();
        session.heldOn = event.heldOn();
        session.attendanceExpected = event.attendanceExpected();
        session.attendancePresent = event.attendancePresent();
        session.version = event.version();
        if (isNew) {
            em.persist(session);
        }
        return true;
    }

    private boolean store(ActionChanged event) {
        ActionState action = em.find(ActionState.class, event.id());
        if (action != null && action.version >= event.version()) {
            return false;
        }
        boolean isNew = action == null;
        if (isNew) {
            action = new ActionState();
            action.id = event.id();
        }
        action.shortcomingId = event.shortcomingId();
        action.status = event.status();
        action.overdue = event.overdue();
        action.version = event.version();
        if (isNew) {
            em.persist(action);
        }
        return true;
    }

    private boolean store(IndicatorsChanged event) {
        IndicatorState.Key key = new IndicatorState.Key(event.unitCode(), event.period());
        IndicatorState state = em.find(IndicatorState.class, key);
        if (state != null && state.version >= event.version()) {
            return false;
        }
        boolean isNew = state == null;
        if (isNew) {
            state = new IndicatorState();
            state.key = key;
        }
        state.met = event.met();
        state.total = event.total();
        state.version = event.version();
        if (isNew) {
            em.persist(state);
        }
        return true;
    }

    private boolean store(ClassificationChanged event) {
        ClassificationState.Key key = new ClassificationState.Key(event.unitCode(), event.year());
        ClassificationState state = em.find(ClassificationState.class, key);
        if (state != null && state.version >= event.version()) {
            return false;
        }
        boolean isNew = state == null;
        if (isNew) {
            state = new ClassificationState();
            state.key = key;
        }
        state.decidedGrade = event.decidedGrade();
        state.version = event.version();
        if (isNew) {
            em.persist(state);
        }
        return true;
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

    /** Stores a newer shortcoming state; returns the unit it was at before (itself if new), or null if stale. */
    private String store(ShortcomingChanged event) {
        ShortcomingState shortcoming = em.find(ShortcomingState.class, event.id());
        if (shortcoming != null && shortcoming.version >= event.version()) {
            return null;
        }
        String previousUnit = shortcoming == null ? event.unitCode() : shortcoming.unitCode;
        boolean isNew = shortcoming == null;
        if (isNew) {
            shortcoming = new ShortcomingState();
            shortcoming.id = event.id();
        }
        shortcoming.campaignCode = event.campaignCode();
        shortcoming.unitCode = event.unitCode();
        shortcoming.area = event.area();
        shortcoming.status = event.status();
        shortcoming.version = event.version();
        if (isNew) {
            em.persist(shortcoming);
        }
        return previousUnit;
    }

    /** Stores a newer self-review state; returns the unit it was in before (itself if new), or null if stale. */
    private String store(SelfReviewChanged event) {
        SelfReviewState.Key key = new SelfReviewState.Key(event.campaignCode(), event.registryNo());
        SelfReviewState review = em.find(SelfReviewState.class, key);
        if (review != null && review.version >= event.version()) {
            return null;
        }
        String previousUnit = review == null ? event.unitCode() : review.unitCode;
        if (review == null) {
            review = new SelfReviewState();
            review.key = key;
            review.unitCode = event.unitCode();
            review.stage = event.stage();
            review.version = event.version();
            em.persist(review);
        } else {
            review.unitCode = event.unitCode();
            review.stage = event.stage();
            review.version = event.version();
        }
        return previousUnit;
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
