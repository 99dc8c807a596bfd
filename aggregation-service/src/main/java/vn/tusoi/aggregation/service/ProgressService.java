package vn.tusoi.aggregation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.aggregation.CampaignInfo;
import vn.tusoi.aggregation.Contribution;
import vn.tusoi.aggregation.Counters;
import vn.tusoi.aggregation.UnitNode;
import vn.tusoi.aggregation.event.FrozenRollup;
import vn.tusoi.aggregation.rest.DailyView;
import vn.tusoi.aggregation.rest.LaggardView;
import vn.tusoi.aggregation.rest.ProgressView;
import vn.tusoi.aggregation.rest.ProgressView.Count;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Caller;

/** Reads of the roll-ups: a unit's progress, its children's, and the units still to hold the campaign. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    /** The latest update among a unit's counters, kept beside them while reading. */
    private static final String AS_OF = "#asOf";

    private final EntityManager em;
    private final Caller caller;
    private final FrozenRollups frozen;
    private final RollupCache cache;

    public ProgressService(EntityManager em, Caller caller, FrozenRollups frozen, RollupCache cache) {
        this.em = em;
        this.caller = caller;
        this.frozen = frozen;
        this.cache = cache;
    }

    /** From the read cache when it holds the roll-up, checked against the caller's scope like any read. */
    public ProgressView progress(String campaignCode, String unitCode) {
        RollupCache.Entry cached = cache.get(campaignCode, unitCode);
        if (cached == null) {
            long generation = cache.generation();
            CampaignInfo campaign = campaign(campaignCode);
            UnitNode unit = unitUnder(campaign, unitCode);
            cached = cache.put(view(campaign, unit, counters(campaignCode, List.of(unitCode))
                    .getOrDefault(unitCode, Map.of())), unit.ancestors, generation);
        }
        caller.requireSees(unitCode, cached.ancestors(), "unitCode");
        return cached.view();
    }

    /** The roll-up at a unit as it stood when the campaign was closed, whatever the tree has become since. */
    public ProgressView frozen(String campaignCode, String unitCode) {
        return readable(frozenAt(campaign(campaignCode), unitCode)).view();
    }

    /** The frozen roll-ups of the units that were the unit's direct children when the campaign was closed. */
    public Page<ProgressView> frozenChildren(String campaignCode, String unitCode, int page, int size) {
        CampaignInfo campaign = campaign(campaignCode);
        readable(frozenAt(campaign, unitCode));
        Page<FrozenRollup> children = frozen.children(campaignCode, unitCode, page, size);
        return new Page<>(children.items().stream().map(FrozenRollup::view).toList(), children.total());
    }

    private FrozenRollup frozenAt(CampaignInfo campaign, String unitCode) {
        if (!campaign.isClosed()) {
            throw new RuleViolation(404, "campaign-not-frozen", "code", "campaign " + campaign.code
                    + " is open: its roll-ups are frozen when it is closed");
        }
        return frozen.find(campaign.code, unitCode)
                .orElseThrow(() -> new RuleViolation(404, "rollup-not-frozen", "unitCode",
                        "no roll-up of campaign " + campaign.code + " was frozen at unit " + unitCode));
    }

    /** Readable if the caller sees the unit where it was when frozen, or where it is now. */
    private FrozenRollup readable(FrozenRollup rollup) {
        UnitNode now = em.find(UnitNode.class, rollup.unitCode());
        if (now == null || !caller.sees(now.code, now.ancestors)) {
            caller.requireSees(rollup.unitCode(), rollup.ancestors(), "unitCode");
        }
        return rollup;
    }

    /** The units of the subtree in scope that held the campaign, per day, with the running total. */
    public DailyView daily(String campaignCode, String unitCode) {
        CampaignInfo campaign = campaign(campaignCode);
        readable(unitUnder(campaign, unitCode));
        Map<String, Long> counters = counters(campaignCode, List.of(unitCode)).getOrDefault(unitCode, Map.of());
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
        List<DailyView.Day> days = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<LocalDate, Long> day : byDay.entrySet()) {
            cumulative += day.getValue();
            days.add(new DailyView.Day(day.getKey(), day.getValue(), cumulative));
        }
        return new DailyView(campaignCode, unitCode, expected, campaign.deadline, days);
    }

    /**
     * The roll-up at each of these units, as it stands in the current transaction, without the caller's scope (for
     * the rollup topic and for streams already opened by a caller who may read the unit).
     */
    public List<ProgressView> current(String campaignCode, List<String> unitCodes) {
        CampaignInfo campaign = em.find(CampaignInfo.class, campaignCode);
        if (campaign == null) {
            return List.of();
        }
        Map<String, Map<String, Long>> counters = counters(campaignCode, unitCodes);
        return em.createQuery("SELECT u FROM UnitNode u WHERE u.code IN ?1 ORDER BY u.code", UnitNode.class)
                .setParameter(1, unitCodes).getResultStream()
                .map(unit -> view(campaign, unit, counters.getOrDefault(unit.code, Map.of()))).toList();
    }

    /** The roll-ups with each unit's own part in the campaign, from its contribution. */
    public List<ProgressView> withSelves(String campaignCode, List<ProgressView> views) {
        if (views.isEmpty()) {
            return views;
        }
        Map<String, ProgressView.Self> selves = new HashMap<>();
        em.createQuery("SELECT c FROM Contribution c WHERE c.key.campaignCode = ?1 AND c.key.unitCode IN ?2",
                Contribution.class).setParameter(1, campaignCode)
                .setParameter(2, views.stream().map(ProgressView::unitCode).toList()).getResultStream()
                .forEach(own -> selves.put(own.key.unitCode(), new ProgressView.Self(own.inScope, own.held,
                        own.onTime, own.heldOn)));
        return views.stream().map(view -> view.withSelf(selves.getOrDefault(view.unitCode(),
                ProgressView.Self.OUTSIDE))).toList();
    }

    public Page<ProgressView> children(String campaignCode, String unitCode, int page, int size) {
        CampaignInfo campaign = campaign(campaignCode);
        readable(unitUnder(campaign, unitCode));
        List<UnitNode> children = em.createQuery(
                "SELECT u FROM UnitNode u WHERE u.parentCode = ?1 AND u.validTo IS NULL ORDER BY u.code",
                UnitNode.class).setParameter(1, unitCode).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        long total = em.createQuery(
                "SELECT count(u) FROM UnitNode u WHERE u.parentCode = ?1 AND u.validTo IS NULL", Long.class)
                .setParameter(1, unitCode).getSingleResult();
        Map<String, Map<String, Long>> counters = counters(campaignCode,
                children.stream().map(child -> child.code).toList());
        List<ProgressView> views = children.stream()
                .map(child -> view(campaign, child, counters.getOrDefault(child.code, Map.of()))).toList();
        return new Page<>(withSelves(campaignCode, views), total);
    }

    public Page<LaggardView> laggards(String campaignCode, String unitCode, int page, int size) {
        CampaignInfo campaign = campaign(campaignCode);
        readable(unitUnder(campaign, unitCode));
        String where = " FROM contribution c JOIN unit_node u ON u.code = c.unit_code"
                + " WHERE c.campaign_code = ?1 AND c.in_scope AND NOT c.held AND c.ancestors @> ARRAY[?2]::varchar[]";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.code, u.name, u.kind, u.parent_code" + where
                + " ORDER BY u.code").setParameter(1, campaignCode).setParameter(2, unitCode)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*)" + where).setParameter(1, campaignCode)
                .setParameter(2, unitCode).getSingleResult()).longValue();
        long daysPast = Math.max(0, ChronoUnit.DAYS.between(campaign.deadline, LocalDate.now()));
        List<LaggardView> views = rows.stream().map(r -> new LaggardView((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], daysPast)).toList();
        return new Page<>(views, total);
    }

    private CampaignInfo campaign(String code) {
        CampaignInfo campaign = em.find(CampaignInfo.class, code);
        if (campaign == null) {
            throw RuleViolation.notFound("campaign", code);
        }
        return campaign;
    }

    /** A national administrator reads every unit; anyone else the units in their token's scope. */
    private UnitNode readable(UnitNode unit) {
        caller.requireSees(unit.code, unit.ancestors, "unitCode");
        return unit;
    }

    /** The unit, if it is the campaign's issuing unit or sits under it. */
    private UnitNode unitUnder(CampaignInfo campaign, String unitCode) {
        UnitNode unit = em.find(UnitNode.class, unitCode);
        if (unit == null) {
            throw RuleViolation.notFound("unit", unitCode);
        }
        if (!unit.code.equals(campaign.issuingUnitCode) && !unit.ancestors.contains(campaign.issuingUnitCode)) {
            throw new RuleViolation(404, "unit-not-in-campaign-scope", "unitCode",
                    "unit " + unitCode + " is not under " + campaign.issuingUnitCode
                            + ", which issued campaign " + campaign.code);
        }
        return unit;
    }

    /** Counter values by unit, then by counter name. */
    private Map<String, Map<String, Long>> counters(String campaignCode, List<String> unitCodes) {
        Map<String, Map<String, Long>> byUnit = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return byUnit;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery(
                        "SELECT unit_code, counter, value, CAST(extract(epoch FROM updated_at) * 1000 AS bigint)"
                                + " FROM rollup_counter"
                                + " WHERE campaign_code = ?1 AND unit_code IN (?2)")
                .setParameter(1, campaignCode)
                .setParameter(2, unitCodes).getResultList();
        for (Object[] row : rows) {
            Map<String, Long> counters = byUnit.computeIfAbsent((String) row[0], u -> new HashMap<>());
            counters.put((String) row[1], ((Number) row[2]).longValue());
            long updated = ((Number) row[3]).longValue();
            counters.merge(AS_OF, updated, Math::max);
        }
        return byUnit;
    }

    private static ProgressView view(CampaignInfo campaign, UnitNode unit, Map<String, Long> counters) {
        Map<String, Count> byKind = new TreeMap<>();
        for (String kind : campaign.scopeKinds) {
            long expected = counters.getOrDefault(Counters.expected(kind), 0L);
            if (expected > 0) {
                byKind.put(kind, new Count(counters.getOrDefault(Counters.held(kind), 0L), expected));
            }
        }
        Map<String, Long> byArea = new TreeMap<>();
        counters.forEach((counter, value) -> {
            if (counter.startsWith(Counters.SHORTCOMINGS_AREA) && value > 0) {
                byArea.put(counter.substring(Counters.SHORTCOMINGS_AREA.length()), value);
            }
        });
        ProgressView.Shortcomings shortcomings = new ProgressView.Shortcomings(
                counters.getOrDefault(Counters.SHORTCOMINGS_RAISED, 0L),
                counters.getOrDefault(Counters.SHORTCOMINGS_STATUS + "OPEN", 0L),
                counters.getOrDefault(Counters.SHORTCOMINGS_OVERDUE, 0L),
                counters.getOrDefault(Counters.SHORTCOMINGS_STATUS + "RESOLVED", 0L),
                counters.getOrDefault(Counters.SHORTCOMINGS_STATUS + "CARRIED_OVER", 0L), byArea);
        long present = counters.getOrDefault(Counters.ATTENDANCE_PRESENT, 0L);
        long expected = counters.getOrDefault(Counters.ATTENDANCE_EXPECTED, 0L);
        ProgressView.Attendance attendance = new ProgressView.Attendance(present, expected,
                expected == 0 ? null : Math.round(present * 1000.0 / expected) / 10.0);
        ProgressView.Indicators indicators = new ProgressView.Indicators(
                counters.getOrDefault(Counters.INDICATORS_MET, 0L),
                counters.getOrDefault(Counters.INDICATORS_TOTAL, 0L));
        Map<String, Long> grades = new TreeMap<>();
        counters.forEach((counter, value) -> {
            if (counter.startsWith(Counters.GRADE_PREFIX) && value > 0) {
                grades.put(counter.substring(Counters.GRADE_PREFIX.length()), value);
            }
        });
        Long asOf = counters.get(AS_OF);
        return new ProgressView(campaign.code, unit.code, unit.name,
                new Count(counters.getOrDefault(Counters.DIRECT_HELD, 0L),
                        counters.getOrDefault(Counters.DIRECT_EXPECTED, 0L)),
                byKind,
                counters.getOrDefault(Counters.ON_TIME, 0L),
                counters.getOrDefault(Counters.LATE, 0L),
                new ProgressView.Members(counters.getOrDefault(Counters.MEMBERS_REVIEWED, 0L),
                        counters.getOrDefault(Counters.MEMBERS_TOTAL, 0L)),
                shortcomings, attendance, indicators, grades,
                asOf == null ? null : OffsetDateTime.ofInstant(Instant.ofEpochMilli(asOf), ZoneOffset.UTC), null);
    }

    /** One page of results and the total. */
    public record Page<T>(List<T> items, long total) {
    }
}
