package vn.tusoi.aggregation.rollup;

import java.time.OffsetDateTime;
import java.util.Map;

import vn.tusoi.aggregation.events.RollupChanged;

/**
 * The roll-up of a campaign at a unit: the counters of the units under it, as figures. Its parts are those the
 * {@code rollup} topic publishes ({@link RollupChanged}), which the progress endpoint answers too.
 */
public record UnitRollup(
        String campaignCode,
        String unitCode,
        String unitName,
        RollupChanged.Count direct,
        Map<String, RollupChanged.Count> byKind,
        long onTime,
        long late,
        RollupChanged.Members members,
        RollupChanged.Shortcomings shortcomings,
        RollupChanged.Attendance attendance,
        RollupChanged.Indicators indicators,
        Map<String, Long> grades,
        OffsetDateTime asOf,
        RollupChanged.Self self) {
}
