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
        Members members,
        OffsetDateTime asOf) {

    /** Members of the unit's subtree who wrote their self-review for the campaign, of all its members. */
    public record Members(long reviewed, long total) {
    }

    /** Units that have held the campaign, of those that must. */
    public record Count(long held, long expected) {
    }
}
