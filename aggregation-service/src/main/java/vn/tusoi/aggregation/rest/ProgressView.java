package vn.tusoi.aggregation.rest;

import java.time.OffsetDateTime;
import java.util.Map;

/** The roll-up of a campaign at a unit. */
public record ProgressView(
        String campaignCode,
        String unitCode,
        String unitName,
        Count direct,
        Map<String, Count> byKind,
        long onTime,
        long late,
        OffsetDateTime asOf) {

    /** Units that have held the campaign, of those that must. */
    public record Count(long held, long expected) {
    }
}
