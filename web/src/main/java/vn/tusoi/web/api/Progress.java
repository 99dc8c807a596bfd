package vn.tusoi.web.api;

import java.time.OffsetDateTime;
import java.util.Map;

/** A campaign's roll-up at a unit as aggregation-service answers it. */
public record Progress(
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
        Self self) {

    /** The unit's own part in the campaign, given where it is listed among its parent's children. */
    public record Self(boolean inScope, boolean held, boolean onTime, String grade) {
    }

    /** Units that must hold the campaign in the unit's subtree, the unit itself included when it must. */
    public long subtreeExpected() {
        return byKind.values().stream().mapToLong(Count::expected).sum() + (self != null && self.inScope() ? 1 : 0);
    }

    /** Of those, the units that have held it. */
    public long subtreeHeld() {
        return byKind.values().stream().mapToLong(Count::held).sum() + (self != null && self.held() ? 1 : 0);
    }

    public record Count(long held, long expected) {
    }

    /** The members, those who wrote their self-review, and their decided grades (grade to how many). */
    public record Members(long reviewed, long total, Map<String, Long> grades) {
    }

    /** {@code recurring}: shortcomings that came back in an area where their unit had one in an earlier review. */
    public record Shortcomings(long raised, long open, long overdue, long resolved, long carriedOver,
            Map<String, Long> byArea, long recurring, Map<String, Long> recurringByArea) {
    }

    public record Attendance(long present, long expected, Double rate) {
    }

    public record Indicators(long met, long total) {
    }
}
