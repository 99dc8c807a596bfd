package vn.tusoi.platform.deadletter;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consumed record set aside because it could not be applied, with the reason; re-driven once fixed. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    public enum Status {
        /** Set aside: the consumer went on without it. */
        DEAD,
        /** Applied by a re-drive. */
        REDRIVEN
    }

    @Id
    public Long id;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public int partition;

    @Column(name = "record_offset", nullable = false)
    public long offset;

    @Column(name = "message_key")
    public String key;

    public String payload;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "redriven_at")
    public OffsetDateTime redrivenAt;

    @Column(name = "redriven_by")
    public String redrivenBy;
}
