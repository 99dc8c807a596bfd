package vn.tusoi.aggregation.ingest;

import java.time.Instant;

import vn.tusoi.platform.deadletter.ConsumedRecord;

/**
 * One consumed event: the record it came in, its kind, its data as the roll-ups read it, and when its producer
 * recorded it.
 */
public record ReadEvent(ConsumedRecord origin, EventKind<?> kind, Object data, Instant time) {
}
