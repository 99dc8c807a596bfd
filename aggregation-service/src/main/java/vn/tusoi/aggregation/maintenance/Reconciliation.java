package vn.tusoi.aggregation.maintenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.rollup.Contribution;
import vn.tusoi.aggregation.rollup.ContributionRule;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Recounts a campaign's roll-ups from scratch, from the latest states the owning services published (units,
 * sessions, self-reviews, shortcomings, actions, indicators, classifications), by the same rules but without the
 * stored contributions or any delta, and compares every counter with the stored one; checks each stored
 * contribution against the rule; and checks the session and shortcoming states against session-service's own
 * records ({@link OwnerComparison}), so that a change its owner made without an event shows too. Expected drift:
 * none; any is reported (and the total kept as the {@code tusoi_rollup_drift} gauge).
 * <p>
 * In bounded memory at any size: the recount walks the campaign's tree depth first, a slice of units at a time, and
 * holds only the counters of the units on the path from the root to the current one; a unit's recounted counters
 * are complete once the walk leaves its subtree, and are then compared with the stored ones, a batch of units at a
 * time. The recount runs in one snapshot (repeatable read, read only), closed before session-service is asked
 * anything; the owners' records are then compared page by page.
 */
@ApplicationScoped
public class Reconciliation {

    private static final int SLICE = 1_000;
    private static final int RECOUNT_SECONDS = 1_800;

    private final EntityManager em;
    private final Map<String, Long> lastDrift = new HashMap<>();
    private final MeterRegistry registry;
    private final OwnerComparison owners;

    public Reconciliation(EntityManager em, MeterRegistry registry, OwnerComparison owners) {
        this.em = em;
        this.registry = registry;
        this.owners = owners;
    }

    public ReconciliationReport reconcile(String campaignCode) {
        long started = System.nanoTime();
        RecountComparison comparison = QuarkusTransaction.requiringNew().timeout(RECOUNT_SECONDS)
                .call(() -> recount(campaignCode));
        ReconciliationReport.Records records = owners.compare(campaignCode);
        long drifted = comparison.drifted + comparison.contributionsDrifted + records.drifted();
        record(campaignCode, drifted);
        if (drifted > 0) {
            Log.warnf("campaign %s: %d roll-up counters differ from a recount, %d stored contributions from the rule,"
                    + " %d states from the owners' records", campaignCode, comparison.drifted,
                    comparison.contributionsDrifted, records.drifted());
        }
        return new ReconciliationReport(campaignCode, comparison.units, comparison.counters, drifted,
                comparison.drifted, comparison.listed, comparison.contributions, comparison.contributionsDrifted,
                comparison.contributionDrift, records, (System.nanoTime() - started) / 1_000_000);
    }

    /** In one snapshot of states and counters, while events keep being applied. */
    private RecountComparison recount(String campaignCode) {
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
        // nothing loaded is written: no query flushes first (dirty-checking every entity of the slice, a quarter of
        // the recount's CPU), and no entity keeps a copy of its state to compare
        Session session = em.unwrap(Session.class);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setDefaultReadOnly(true);
        CampaignInfo campaign = em.find(CampaignInfo.class, campaignCode);
        if (campaign == null) {
            throw RuleViolation.notFound("campaign", campaignCode);
        }
        RecountComparison comparison = new RecountComparison();
        Walk walk = new Walk(campaignCode, comparison);
        List<Object[]> slice = new ArrayList<>(SLICE);
        // depth first: a unit right after its parent, a subtree's units together
        @SuppressWarnings("unchecked")
        Stream<Object[]> units = em.createNativeQuery("SELECT code, CAST(array_to_string(ancestors, '/') AS text)"
                + " FROM unit_node WHERE code = ?1 OR ancestors @> ARRAY[?1]::varchar[]"
                + " ORDER BY array_append(ancestors, code)").setParameter(1, campaign.issuingUnitCode)
                .setHint(HibernateHints.HINT_FETCH_SIZE, SLICE).getResultStream();
        try (units) {
            units.forEach(unit -> {
                slice.add(unit);
                if (slice.size() == SLICE) {
                    walk.slice(slice);
                    slice.clear();
                }
            });
        }
        walk.slice(slice);
        walk.finish(campaign.issuingUnitCode);
        return comparison;
    }

    /** The depth-first walk: the path of open units, each with the counters recounted for it so far. */
    private final class Walk {

        private final String campaignCode;
        private final RecountComparison comparison;
        private final List<Open> path = new ArrayList<>();
        private final List<Open> complete = new ArrayList<>();
        private final Map<String, Map<String, Long>> elsewhere = new HashMap<>();

        Walk(String campaignCode, RecountComparison comparison) {
            this.campaignCode = campaignCode;
            this.comparison = comparison;
        }

        void slice(List<Object[]> units) {
            if (units.isEmpty()) {
                return;
            }
            List<Contribution.Key> keys = units.stream()
                    .map(unit -> new Contribution.Key(campaignCode, (String) unit[0])).toList();
            List<ContributionRule.Recounted> recounted = ContributionRule.recount(em, keys);
            for (int i = 0; i < units.size(); i++) {
                String ancestors = (String) units.get(i)[1];
                enter(ancestors.isEmpty() ? List.of() : List.of(ancestors.split("/")), (String) units.get(i)[0]);
                ContributionRule.Recounted unit = recounted.get(i);
                comparison.compare(unit.key(), unit.stored(), unit.now());
                unit.now().forEachCount(this::add);
                comparison.units++;
            }
            em.clear();
            if (complete.size() >= SLICE) {
                compareComplete();
            }
        }

        /** The path becomes the unit's: the units the walk leaves are complete. */
        private void enter(List<String> ancestors, String code) {
            int common = 0;
            while (common < path.size() && common < ancestors.size()
                    && path.get(common).code.equals(ancestors.get(common))) {
                common++;
            }
            leaveDownTo(common);
            for (int i = common; i < ancestors.size(); i++) {
                path.add(new Open(ancestors.get(i)));
            }
            path.add(new Open(code));
        }

        private void leaveDownTo(int depth) {
            while (path.size() > depth) {
                complete.add(path.remove(path.size() - 1));
            }
        }

        private void add(String unitCode, Map<String, Integer> counts) {
            Map<String, Long> counters = null;
            for (int i = path.size() - 1; i >= 0 && counters == null; i--) {
                if (path.get(i).code.equals(unitCode)) {
                    counters = path.get(i).counters;
                }
            }
            if (counters == null) {
                // not on the path: a contribution counting where its unit's ancestors do not say (compared at the end)
                counters = elsewhere.computeIfAbsent(unitCode, u -> new HashMap<>());
            }
            Map<String, Long> into = counters;
            counts.forEach((counter, amount) -> into.merge(counter, (long) amount, Long::sum));
        }

        void finish(String issuingUnitCode) {
            leaveDownTo(0);
            elsewhere.forEach((unit, counters) -> {
                Open open = new Open(unit);
                open.counters.putAll(counters);
                complete.add(open);
            });
            compareComplete();
            // stored counters of units the walk never reached (moved out of the campaign's tree, say): recounted 0
            @SuppressWarnings("unchecked")
            List<Object[]> beyond = em.createNativeQuery("SELECT c.unit_code, c.counter, c.value FROM rollup_counter c"
                    + " WHERE c.campaign_code = ?1 AND NOT EXISTS (SELECT 1 FROM unit_node u WHERE u.code = c.unit_code"
                    + " AND (u.code = ?2 OR u.ancestors @> ARRAY[?2]::varchar[])) AND NOT EXISTS (SELECT 1 FROM"
                    + " unit_node i WHERE i.code = ?2 AND c.unit_code = ANY(i.ancestors))")
                    .setParameter(1, campaignCode).setParameter(2, issuingUnitCode).getResultList();
            for (Object[] row : beyond) {
                if (!elsewhere.containsKey((String) row[0])) {
                    comparison.compare((String) row[0], (String) row[1], ((Number) row[2]).longValue(), 0);
                }
            }
        }

        /** The complete units' recounted counters against those stored, a batch at a time. */
        private void compareComplete() {
            for (int from = 0; from < complete.size(); from += SLICE) {
                List<Open> batch = complete.subList(from, Math.min(complete.size(), from + SLICE));
                Map<String, Map<String, Long>> recounted = new HashMap<>();
                batch.forEach(open -> recounted.put(open.code, open.counters));
                @SuppressWarnings("unchecked")
                List<Object[]> stored = em.createNativeQuery("SELECT unit_code, counter, value FROM rollup_counter"
                        + " WHERE campaign_code = ?1 AND unit_code IN (?2)").setParameter(1, campaignCode)
                        .setParameter(2, List.copyOf(recounted.keySet())).getResultList();
                for (Object[] row : stored) {
                    // taken out of the recount as compared: what is left there was recounted but never stored
                    Long value = recounted.get((String) row[0]).remove((String) row[1]);
                    comparison.compare((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                            value == null ? 0 : value);
                }
                recounted.forEach((unit, counters) -> counters.forEach(
                        (counter, value) -> comparison.compare(unit, counter, 0, value)));
            }
            complete.clear();
        }
    }

    /** A unit on the walk's path and the counters recounted for it so far. */
    private static final class Open {
        final String code;
        final Map<String, Long> counters = new HashMap<>();

        Open(String code) {
            this.code = code;
        }
    }

    private void record(String campaignCode, long drifted) {
        synchronized (lastDrift) {
            if (lastDrift.put(campaignCode, drifted) == null) {
                Gauge.builder("tusoi.rollup.drift", lastDrift, drifts -> drifts.getOrDefault(campaignCode, 0L))
                        .description("Roll-up counters that differed from a recount at the last reconciliation")
                        .tag("campaign", campaignCode).register(registry);
            }
        }
    }
}
