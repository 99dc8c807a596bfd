package vn.tusoi.aggregation.rollup;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import vn.tusoi.aggregation.events.RollupChanged;
import vn.tusoi.aggregation.events.RollupChanged.Count;
import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.UnitNode;

/** The roll-up at a unit as figures, assembled from its counters (and, where asked, its own contribution). */
@ApplicationScoped
public class RollupViews {

    /** The latest update among a unit's counters, kept beside them while reading. */
    private static final String AS_OF = "#asOf";

    /** The own part of a unit the campaign does not cover. */
    private static final RollupChanged.Self OUTSIDE = new RollupChanged.Self(false, false, false, null, null);

    /**
     * Every unit of a subtree with its own part in the campaign and its counters, in code order: three ordered reads
     * of the same keys, merged.
     */
    private static final String SUBTREE = """
            SELECT u.code, u.name, u.parent_code, u.ancestors, c.unit_code IS NOT NULL, c.in_scope, c.held, c.on_time,
                   c.held_on, c.grade, r.counters, r.vals, r.as_of
            FROM unit_node u
            LEFT JOIN contribution c ON c.campaign_code = ? AND c.unit_code = u.code
            LEFT JOIN (SELECT unit_code, array_agg(counter) AS counters, array_agg(value) AS vals,
                              CAST(extract(epoch FROM max(updated_at)) * 1000000 AS bigint) AS as_of
                       FROM rollup_counter WHERE campaign_code = ? GROUP BY unit_code) r ON r.unit_code = u.code
            WHERE u.valid_to IS NULL AND (u.code = ? OR u.ancestors @> ARRAY[?]::varchar[])
            ORDER BY u.code""";

    /** A unit's roll-up with its own part, and its place in the tree: its parent and its ancestors, root first. */
    public record Placed(UnitRollup rollup, String parentCode, List<String> ancestors) {
    }

    private final EntityManager em;

    public RollupViews(EntityManager em) {
        this.em = em;
    }

    /** The roll-up at the unit, as its counters stand in the current transaction. */
    public UnitRollup of(CampaignInfo campaign, UnitNode unit) {
        return view(campaign, unit, counters(campaign.code, List.of(unit.code)).getOrDefault(unit.code, Map.of()));
    }

    /** The roll-up at each of these units of the campaign, in code order. */
    public List<UnitRollup> of(CampaignInfo campaign, List<UnitNode> units) {
        Map<String, Map<String, Long>> counters = counters(campaign.code, units.stream().map(unit -> unit.code)
                .toList());
        return units.stream().map(unit -> view(campaign, unit, counters.getOrDefault(unit.code, Map.of()))).toList();
    }

    /**
     * The roll-up at each of these units, as it stands in the current transaction, without the caller's scope (for
     * the rollup topic and for streams already opened by a caller who may read the unit).
     */
    public List<UnitRollup> current(String campaignCode, List<String> unitCodes) {
        CampaignInfo campaign = em.find(CampaignInfo.class, campaignCode);
        if (campaign == null) {
            return List.of();
        }
        Map<String, Map<String, Long>> counters = counters(campaignCode, unitCodes);
        return ListQuery.of(em, "SELECT u FROM UnitNode u WHERE u.code IN :values ORDER BY u.code", UnitNode.class,
                unitCodes).getResultStream()
                .map(unit -> view(campaign, unit, counters.getOrDefault(unit.code, Map.of()))).toList();
    }

    /** The roll-ups with each unit's own part in the campaign, from its contribution. */
    public List<UnitRollup> withSelves(String campaignCode, List<UnitRollup> views) {
        if (views.isEmpty()) {
            return views;
        }
        Map<String, RollupChanged.Self> selves = new HashMap<>();
        List<String> unitCodes = views.stream().map(UnitRollup::unitCode).toList();
        ListQuery.of(em, "SELECT c FROM Contribution c WHERE c.key.campaignCode = :campaign"
                + " AND c.key.unitCode IN :values", Contribution.class, unitCodes)
                .setParameter("campaign", campaignCode).getResultStream()
                .forEach(part -> selves.put(part.key.unitCode(), own(part.inScope, part.held, part.onTime,
                        part.heldOn, part.grade)));
        return views.stream().map(view -> including(view, selves.getOrDefault(view.unitCode(),
                OUTSIDE))).toList();
    }

    /**
     * The roll-up, with the unit's own part, at every current unit of the subtree under the unit (itself included),
     * in code order, as the transaction stands: handed to the action a slice at a time, read through one cursor (a
     * national campaign's subtree is some 350,000 units). The action may write on the transaction's connection.
     */
    public void eachInSubtree(CampaignInfo campaign, String unitCode, int slice, Consumer<List<Placed>> action) {
        // what the batch changed in managed entities (contributions) is read by SQL below
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SUBTREE)) {
                statement.setFetchSize(slice);
                statement.setString(1, campaign.code);
                statement.setString(2, campaign.code);
                statement.setString(3, unitCode);
                statement.setString(4, unitCode);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Placed> placed = new ArrayList<>(slice);
                    while (rows.next()) {
                        placed.add(placed(campaign, rows));
                        if (placed.size() == slice) {
                            action.accept(placed);
                            placed = new ArrayList<>(slice);
                        }
                    }
                    if (!placed.isEmpty()) {
                        action.accept(placed);
                    }
                }
            }
        });
    }

    private static Placed placed(CampaignInfo campaign, ResultSet row) throws SQLException {
        Map<String, Long> counters = new HashMap<>();
        Array names = row.getArray(11);
        if (names != null) {
            String[] counterNames = (String[]) names.getArray();
            Long[] values = (Long[]) row.getArray(12).getArray();
            for (int i = 0; i < counterNames.length; i++) {
                counters.put(counterNames[i], values[i]);
            }
            counters.put(AS_OF, row.getLong(13));
        }
        RollupChanged.Self own = OUTSIDE;
        if (row.getBoolean(5)) {
            own = own(row.getBoolean(6), row.getBoolean(7), row.getBoolean(8), row.getObject(9, LocalDate.class),
                    row.getString(10));
        }
        UnitRollup view = including(view(campaign, row.getString(1), row.getString(2), counters), own);
        return new Placed(view, row.getString(3), Arrays.asList((String[]) row.getArray(4).getArray()));
    }

    /** A unit's own part as readers see it: its grade only while the unit is in the campaign's scope. */
    private static RollupChanged.Self own(boolean inScope, boolean held, boolean onTime, LocalDate heldOn,
            String grade) {
        return new RollupChanged.Self(inScope, held, onTime, heldOn, inScope ? grade : null);
    }

    /** Counter values by counter name at one unit (no entry for a counter never written). */
    public Map<String, Long> countersAt(String campaignCode, String unitCode) {
        return counters(campaignCode, List.of(unitCode)).getOrDefault(unitCode, Map.of());
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
                        "SELECT unit_code, counter, value, CAST(extract(epoch FROM updated_at) * 1000000 AS bigint)"
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

    /** The counters under the prefix, by what follows it (an area, a grade), those above zero. */
    private static Map<String, Long> countsUnder(Map<String, Long> counters, String prefix) {
        Map<String, Long> byArea = new TreeMap<>();
        counters.forEach((counter, value) -> {
            if (counter.startsWith(prefix) && value > 0) {
                byArea.put(counter.substring(prefix.length()), value);
            }
        });
        return byArea;
    }

    private static UnitRollup view(CampaignInfo campaign, UnitNode unit, Map<String, Long> counters) {
        return view(campaign, unit.code, unit.name, counters);
    }

    private static UnitRollup view(CampaignInfo campaign, String unitCode, String unitName,
            Map<String, Long> counters) {
        Map<String, Count> byKind = new TreeMap<>();
        for (String kind : campaign.scopeKinds) {
            long expected = counters.getOrDefault(Counters.expected(kind), 0L);
            if (expected > 0) {
                byKind.put(kind, new Count(counters.getOrDefault(Counters.held(kind), 0L), expected));
            }
        }
        Map<String, Long> byArea = countsUnder(counters, Counters.SHORTCOMINGS_AREA);
        Map<String, Long> recurringByArea = countsUnder(counters, Counters.SHORTCOMINGS_RECURRING_AREA);
        RollupChanged.Shortcomings shortcomings = new RollupChanged.Shortcomings(
                counters.getOrDefault(Counters.SHORTCOMINGS_RAISED, 0L),
                counters.getOrDefault(Counters.SHORTCOMINGS_STATUS + "OPEN", 0L),
                counters.getOrDefault(Counters.SHORTCOMINGS_OVERDUE, 0L),
                counters.getOrDefault(Counters.SHORTCOMINGS_STATUS + "RESOLVED", 0L),
                counters.getOrDefault(Counters.SHORTCOMINGS_STATUS + "CARRIED_OVER", 0L), byArea,
                counters.getOrDefault(Counters.SHORTCOMINGS_RECURRING, 0L), recurringByArea);
        long present = counters.getOrDefault(Counters.ATTENDANCE_PRESENT, 0L);
        long expected = counters.getOrDefault(Counters.ATTENDANCE_EXPECTED, 0L);
        RollupChanged.Attendance attendance = new RollupChanged.Attendance(present, expected,
                expected == 0 ? null : Math.round(present * 1000.0 / expected) / 10.0);
        RollupChanged.Indicators indicators = new RollupChanged.Indicators(
                counters.getOrDefault(Counters.INDICATORS_MET, 0L),
                counters.getOrDefault(Counters.INDICATORS_TOTAL, 0L));
        Map<String, Long> grades = countsUnder(counters, Counters.GRADE_PREFIX);
        Long asOf = counters.get(AS_OF);
        return new UnitRollup(campaign.code, unitCode, unitName,
                new Count(counters.getOrDefault(Counters.DIRECT_HELD, 0L),
                        counters.getOrDefault(Counters.DIRECT_EXPECTED, 0L)),
                byKind,
                counters.getOrDefault(Counters.ON_TIME, 0L),
                counters.getOrDefault(Counters.LATE, 0L),
                new RollupChanged.Members(counters.getOrDefault(Counters.MEMBERS_REVIEWED, 0L),
                        counters.getOrDefault(Counters.MEMBERS_TOTAL, 0L),
                        countsUnder(counters, Counters.MEMBER_GRADE_PREFIX)),
                shortcomings, attendance, indicators, grades,
                asOf == null
                        ? null
                        : OffsetDateTime.ofInstant(Instant.EPOCH.plus(asOf, ChronoUnit.MICROS), ZoneOffset.UTC),
                null);
    }

    /** The same roll-up with the unit's own part in the campaign. */
    private static UnitRollup including(UnitRollup view, RollupChanged.Self own) {
        return new UnitRollup(view.campaignCode(), view.unitCode(), view.unitName(), view.direct(), view.byKind(),
                view.onTime(), view.late(), view.members(), view.shortcomings(),
                view.attendance(), view.indicators(), view.grades(), view.asOf(), own);
    }
}
