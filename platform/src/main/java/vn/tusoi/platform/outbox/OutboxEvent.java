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

    /** From a sequence in blocks, so that a bulk change writes its events in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    @SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_seq_seq", allocationSize = 50)
    public Long seq;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "cloud_event", nullable = false)
    public String cloudEvent;
}
