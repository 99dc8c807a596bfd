package vn.tusoi.aggregation.notice;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One e-mail of a notice to one address, and how far its sending got. */
@Entity
@Table(name = "notice_mail")
public class NoticeMail {

    /** PENDING until a sender claims it (SENDING); then SENT, PENDING again for a retry, or FAILED. */
    public enum Status {
        PENDING, SENDING, SENT, FAILED,
        /** Its sender stopped between claiming and recording the send: not sent again on its own. */
        UNCONFIRMED,
        /** Not sent: the unit did what it was reminded of before the e-mail left. */
        CANCELLED
    }

    @Embeddable
    public record Key(@Column(name = "notice_id") UUID noticeId, String address) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "not_before", nullable = false)
    public Instant notBefore;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;
}
