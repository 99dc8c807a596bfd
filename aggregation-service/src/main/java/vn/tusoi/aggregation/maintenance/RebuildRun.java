package vn.tusoi.aggregation.maintenance;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rebuild of every roll-up from the topics: RUNNING, DONE or FAILED; events read so far of those the topics held
 * when it started.
 */
@Schema(name = "RebuildView")
public record RebuildRun(String state, String requestedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        long events, long eventsAtStart, String error) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
}
