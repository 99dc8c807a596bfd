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
        OffsetDateTime asOf) {

    public record Count(long held, long expected) {
    }

    public record Members(long reviewed, long total) {
    }

    public record Shortcomings(long raised, long open, long overdue, long resolved, long carriedOver,
            Map<String, Long> byArea) {
    }

    public record Attendance(long present, long expected, Double rate) {
    }

    public record Indicators(long met, long total) {
    }
}
