package vn.tusoi.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event waiting to be relayed to Kafka, in the order of {@code seq}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    /**
     * Drawn by the column's default from the database sequence as each row is inserted ({@link PendingEvents}, in
     * the recording transaction), never from a block a JVM keeps: of two changes of one entity, the later one reads
     * the row after the earlier one committed (its version is checked), so it draws a higher number than the earlier
     * did, on any replica. The relay publishes in this order, one relay at a time, so a compacted topic never ends on
     * an older version. (Blocks of 50 per JVM broke this with two replicas.) This class only reads rows.
     */
    @Id
    public Long seq;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "cloud_event", nullable = false)
    public String cloudEvent;

    /** The trace the event was recorded in (W3C traceparent), continued by the record the relay sends; or null. */
    @Column(name = "traceparent")
    public String traceparent;
}
