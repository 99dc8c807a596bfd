package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A notice to a unit, in its inbox from the moment it is recorded; its e-mails ({@link NoticeMail}) and its record on
 * the notices topic leave from the same transaction. {@code key} makes it once.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    public UUID id;

    @Column(name = "notice_key", nullable = false, unique = true)
    public String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "campaign_code")
    public String campaignCode;

    /** The member it is to, for a member's own notice (kept with their cell, read by the member alone). */
    @Column(name = "registry_no")
    public String registryNo;

    /** What else it is about: a remediation action's id. */
    @Column(name = "subject_ref")
    public String subjectRef;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** The page of the web front end it is about, a path from its root. */
    @Column(nullable = false)
    public String link;

    /** Who asked for it (a user's name), or null for a scheduled one. */
    @Column(name = "sent_by")
    public String sentBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
