package vn.tusoi.platform.outbox;

import java.time.Instant;

import vn.tusoi.platform.query.Timestamps;

/**
 * An event waiting in {@code outbox_event} to be relayed to Kafka, in the order of {@code seq}, as the relay reads
 * it: a row, never a managed entity (the relay only reads rows and deletes them by number).
 * <p>
 * {@code seq} is drawn by the column's default from the database sequence as each row is inserted
 * ({@link PendingEvents}, in the recording transaction), never from a block a JVM keeps: of two changes of one entity,
 * the later one reads the row after the earlier one committed (its version is checked), so it draws a higher number
 * than the earlier did, on any replica. The relay publishes in this order, one relay at a time, so a compacted topic
 * never ends on an older version. (Blocks of 50 per JVM broke this with two replicas.)
 *
 * @param traceparent the trace the event was recorded in (W3C traceparent), continued by the record the relay sends;
 *        or null
 * @param createdAt when the transaction that wrote the row began (the column's default, {@code now()})
 */
record OutboxEvent(long seq, String topic, String messageKey, String cloudEvent, String traceparent,
        Instant createdAt) {

    /** The columns {@link #of} reads, in its order. */
    static final String COLUMNS = "seq, topic, message_key, cloud_event, traceparent, created_at";

    static OutboxEvent of(Object[] row) {
        return new OutboxEvent(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], Timestamps.instant(row[5]));
    }
}
