package vn.tusoi.aggregation.api;

import java.time.OffsetDateTime;

/**
 * A rebuild of every roll-up from the topics: RUNNING, DONE or FAILED; events read so far of those the topics held
 * when it started.
 */
public record RebuildView(String state, String requestedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        long events, long eventsAtStart, String error) {
}
