package vn.tusoi.aggregation.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A campaign's roll-up at a unit, published on the compacted {@code rollup} topic (key campaign|unit) each time it
 * changes; the latest record per key is the current roll-up (contract: {@code contracts/rollup.schema.json}).
 */
public record RollupChanged(
        String campaignCode,
        String unitCode,
        String unitName,
        Count direct,
        Map<String, Count> byKind,
        long onTime,
        long late,
        Members members,
        Shortcomings shortcomings,
        Attendance attendance,
        Indicators indicators,
        Map<String, Long> grades,
        OffsetDateTime asOf,
        @JsonInclude(JsonInclude.Include.NON_NULL) Self self) {

    public static final String TOPIC = "rollup";
    public static final String TYPE = "vn.tusoi.aggregation.rollup.changed";

    /**
     * The unit's own part in the campaign, which its roll-up (of the units under it) does not count: whether it must
     * hold the campaign, has held it, and on time; the grade decided for it (in scope), counted at its parent. Given
     * where a unit is listed among its parent's children (and in the figures frozen at a campaign's close); absent
     * elsewhere.
     */
    public record Self(boolean inScope, boolean held, boolean onTime, LocalDate heldOn, String grade) {
    }

    /** The subtree's indicators for the campaign's year met or exceeded, of all. */
    public record Indicators(long met, long total) {
    }

    /** Shortcomings the units of the subtree named in their sessions of the campaign: by status and by area. */
    public record Shortcomings(long raised, long open, long overdue, long resolved, long carriedOver,
            Map<String, Long> byArea, long recurring, Map<String, Long> recurringByArea) {
    }

    /** Members present at the subtree's held sessions, of those expected; the rate in percent (null without any). */
    public record Attendance(long present, long expected, Double rate) {
    }

    /** Members of the unit's subtree who wrote their self-review for the campaign, of all its members. */
    /** The members, those who wrote their self-review, and the grades decided for them (grade to how many). */
    public record Members(long reviewed, long total, Map<String, Long> grades) {
    }

    /** Units that have held the campaign, of those that must. */
    public record Count(long held, long expected) {
    }
}
