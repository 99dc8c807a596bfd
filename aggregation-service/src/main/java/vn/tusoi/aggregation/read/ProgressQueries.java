package vn.tusoi.aggregation.read;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.UnitNode;
import vn.tusoi.aggregation.rollup.Counters;
import vn.tusoi.aggregation.rollup.RollupViews;
import vn.tusoi.aggregation.rollup.UnitRollup;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.query.Timestamps;
import vn.tusoi.platform.security.Caller;

/** Reads of the live roll-ups: a unit's progress, its children's, its completion curve, the units still to hold it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressQueries {

    private final EntityManager em;
    private final Caller caller;
    private final CampaignScope scope;
    private final RollupViews views;
    private final RollupCache cache;

    public ProgressQueries(EntityManager em, Caller caller, CampaignScope scope, RollupViews views,
            RollupCache cache) {
        this.em = em;
        this.caller = caller;
        this.scope = scope;
        this.views = views;
        this.cache = cache;
    }

    /** From the read cache when it holds the roll-up, checked against the caller's scope like any read. */
    public UnitRollup progress(String campaignCode, String unitCode) {
        RollupCache.Entry cached = cache.get(campaignCode, unitCode);
        if (cached == null) {
            long generation = cache.generation();
            CampaignInfo campaign = scope.campaign(campaignCode);
            UnitNode unit = scope.unitUnder(campaign, unitCode);
            cached = cache.put(views.of(campaign, unit), unit.ancestors, generation);
        }
        caller.requireSees(unitCode, cached.ancestors(), "unitCode");
        return cached.rollup();
    }

    /** The units of the subtree in scope that held the campaign, per day, with the running total. */
    public DailyProgress daily(String campaignCode, String unitCode) {
        CampaignInfo campaign = scope.campaign(campaignCode);
        scope.readableUnder(campaign, unitCode);
        Map<String, Long> counters = views.countersAt(campaignCode, unitCode);
        Map<LocalDate, Long> byDay = new TreeMap<>();
        long expected = 0;
        for (Map.Entry<String, Long> counter : counters.entrySet()) {
            if (counter.getKey().startsWith(Counters.HELD_ON_PREFIX) && counter.getValue() > 0) {
                byDay.put(LocalDate.parse(counter.getKey().substring(Counters.HELD_ON_PREFIX.length())),
                        counter.getValue());
            }
        }
        for (String kind : campaign.scopeKinds) {
            expected += counters.getOrDefault(Counters.expected(kind), 0L);
        }
        List<DailyProgress.Day> days = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<LocalDate, Long> day : byDay.entrySet()) {
            cumulative += day.getValue();
            days.add(new DailyProgress.Day(day.getKey(), day.getValue(), cumulative));
        }
        return new DailyProgress(campaignCode, unitCode, expected, campaign.deadline, days);
    }

    /** The roll-up at each current direct child, with the child's own part in the campaign. */
    public Page<UnitRollup> children(String campaignCode, String unitCode, PageRequest request) {
        CampaignInfo campaign = scope.campaign(campaignCode);
        scope.readableUnder(campaign, unitCode);
        List<UnitNode> children = em.createQuery(
                "SELECT u FROM UnitNode u WHERE u.parentCode = ?1 AND u.validTo IS NULL ORDER BY u.code",
                UnitNode.class).setParameter(1, unitCode).setFirstResult(request.offset())
                .setMaxResults(request.size()).getResultList();
        long total = em.createQuery(
                "SELECT count(u) FROM UnitNode u WHERE u.parentCode = ?1 AND u.validTo IS NULL", Long.class)
                .setParameter(1, unitCode).getSingleResult();
        return Page.of(request, views.withSelves(campaignCode, views.of(campaign, children)), total);
    }

    public Page<Laggard> laggards(String campaignCode, String unitCode, PageRequest request) {
        CampaignInfo campaign = scope.campaign(campaignCode);
        scope.readableUnder(campaign, unitCode);
        String where = " FROM contribution c JOIN unit_node u ON u.code = c.unit_code"
                + " LEFT JOIN reminder_mark r ON r.campaign_code = c.campaign_code AND r.unit_code = c.unit_code"
                + " WHERE c.campaign_code = ?1 AND c.in_scope AND NOT c.held AND c.ancestors @> ARRAY[?2]::varchar[]";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.code, u.name, u.kind, u.parent_code, r.reminded_at" + where
                + " ORDER BY u.code").setParameter(1, campaignCode).setParameter(2, unitCode)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*)" + where).setParameter(1, campaignCode)
                .setParameter(2, unitCode).getSingleResult()).longValue();
        long daysPast = Math.max(0, ChronoUnit.DAYS.between(campaign.deadline, LocalDate.now()));
        return Page.of(request, rows.stream().map(r -> new Laggard((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], daysPast, Timestamps.instant(r[4]))).toList(), total);
    }
}
