package vn.tusoi.aggregation.maintenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.maintenance.ReconciliationReport.Drift;
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
 */
@ApplicationScoped
public class Reconciliation {

    private static final int SLICE = 1_000;

    private final EntityManager em;
    private final Map<String, Long> lastDrift = new HashMap<>();
    private final MeterRegistry registry;
    private final OwnerComparison owners;

    public Reconciliation(EntityManager em, MeterRegistry registry, OwnerComparison owners) {
        this.em = em;
        this.registry = registry;
        this.owners = owners;
    }

    @Transactional
    public ReconciliationReport reconcile(String campaignCode) {
        long started = System.nanoTime();
        // one consistent view of states and counters while events keep being applied
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
        CampaignInfo campaign = em.find(CampaignInfo.class, campaignCode);
        if (campaign == null) {
            throw RuleViolation.notFound("campaign", campaignCode);
        }
        @SuppressWarnings("unchecked")
        List<String> units = em.createNativeQuery(
                "SELECT code FROM unit_node WHERE code = ?1 OR ancestors @> ARRAY[?1]::varchar[] ORDER BY code")
                .setParameter(1, campaign.issuingUnitCode).getResultList();
        // the owner's records first: the states below are this snapshot's, whatever the events do meanwhile
        ReconciliationReport.Records records = owners.compare(em, campaignCode);
        Comparison comparison = new Comparison();
        Map<String, Map<String, Long>> recount = new HashMap<>();
        for (int from = 0; from < units.size(); from += SLICE) {
            List<Contribution.Key> keys = units.subList(from, Math.min(units.size(), from + SLICE)).stream()
                    .map(unit -> new Contribution.Key(campaignCode, unit)).toList();
            for (ContributionRule.Recounted recounted : ContributionRule.recount(em, keys)) {
                recounted.now().forEachCount((unit, counts) -> counts.forEach(
                        (counter, amount) -> recount.computeIfAbsent(unit, u -> new HashMap<>())
                                .merge(counter, (long) amount, Long::sum)));
                comparison.compare(recounted.key(), recounted.stored(), recounted.now());
            }
            em.clear();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery(
                "SELECT unit_code, counter, value FROM rollup_counter WHERE campaign_code = ?1")
                .setParameter(1, campaignCode).getResultList();
        for (Object[] row : stored) {
            String unit = (String) row[0];
            String counter = (String) row[1];
            // taken out of the recount as compared: what is left there was recounted but never stored
            Long recounted = recount.getOrDefault(unit, new HashMap<>()).remove(counter);
            comparison.compare(unit, counter, ((Number) row[2]).longValue(), recounted == null ? 0 : recounted);
        }
        recount.forEach((unit, counters) -> counters.forEach((counter, value) -> comparison.compare(unit, counter,
                0, value)));
        long drifted = comparison.drifted + comparison.contributionsDrifted + records.drifted();
        record(campaignCode, drifted);
        if (drifted > 0) {
            Log.warnf("campaign %s: %d roll-up counters differ from a recount, %d stored contributions from the rule,"
                    + " %d states from the owners' records", campaignCode, comparison.drifted,
                    comparison.contributionsDrifted, records.drifted());
        }
        return new ReconciliationReport(campaignCode, units.size(), comparison.counters, drifted, comparison.drifted,
                comparison.listed, comparison.contributions, comparison.contributionsDrifted,
                comparison.contributionDrift, records, (System.nanoTime() - started) / 1_000_000);
    }

    /** Counters and contributions compared, those that differ, and the first of them. */
    private static final class Comparison {
        long counters;
        long drifted;
        final List<Drift> listed = new ArrayList<>();
        long contributions;
        long contributionsDrifted;
        final List<String> contributionDrift = new ArrayList<>();

        /** The stored contribution is what the rule gives on the stored states (none stored: it counts nothing). */
        void compare(Contribution.Key key, Contribution stored, Contribution now) {
            contributions++;
            boolean[] counts = {false};
            now.forEachCount((unit, amounts) -> counts[0] = true);
            if (stored == null ? counts[0] : !now.sameCountsAs(stored)) {
                contributionsDrifted++;
                if (contributionDrift.size() < ReconciliationReport.MAX_LISTED) {
                    contributionDrift.add(key.unitCode());
                }
            }
        }

        void compare(String unit, String counter, long stored, long recounted) {
            counters++;
            if (stored != recounted) {
                drifted++;
                if (listed.size() < ReconciliationReport.MAX_LISTED) {
                    listed.add(new Drift(unit, counter, stored, recounted));
                }
            }
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
