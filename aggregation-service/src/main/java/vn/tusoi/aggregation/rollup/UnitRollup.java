package vn.tusoi.aggregation.rollup;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.tusoi.aggregation.events.RollupChanged;

/**
 * The roll-up of a campaign at a unit: the counters of the units under it, as figures, as the progress endpoint
 * answers them. Its parts are those the {@code rollup} topic publishes ({@link RollupChanged}, which the events
 * package keeps apart: it depends on nothing else of the service).
 */
@Schema(name = "ProgressView")
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
        /** The unit's own part, in a listing of children only. */
        @JsonInclude(JsonInclude.Include.NON_NULL) RollupChanged.Self self) {
}
