package vn.tusoi.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An event waiting to be relayed to Kafka, in the order of {@code seq}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    /**
     * Taken from the database sequence for each event, never from a block a JVM keeps: of two changes of one entity,
     * the later one reads the row after the earlier one committed (its version is checked), so it draws a higher
     * number than the earlier did, on any replica. The relay publishes in this order, one relay at a time, so a
     * compacted topic never ends on an older version. (Blocks of 50 per JVM broke this with two replicas.)
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    @SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_seq_seq", allocationSize = 1)
    public Long seq;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "cloud_event", nullable = false)
    public String cloudEvent;
}
