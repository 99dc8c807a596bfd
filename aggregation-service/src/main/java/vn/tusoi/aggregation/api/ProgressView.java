package vn.tusoi.aggregation.api;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.tusoi.aggregation.events.RollupChanged;

/** The roll-up of a campaign at a unit: by contract what the {@code rollup} topic publishes, in the same parts. */
public record ProgressView(
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
        @JsonInclude(JsonInclude.Include.NON_NULL) RollupChanged.Self self) {
}
