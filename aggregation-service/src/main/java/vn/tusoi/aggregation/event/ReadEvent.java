package vn.tusoi.aggregation.event;

import java.time.Instant;

import vn.tusoi.platform.deadletter.ConsumedRecord;

/** One consumed event: the record it came in, its data as the roll-ups read it, and when its producer recorded it. */
public record ReadEvent(ConsumedRecord origin, Object data, Instant time) {
}
