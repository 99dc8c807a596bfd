package vn.tusoi.session.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;
import org.hibernate.type.SqlTypes;

import vn.tusoi.platform.audit.Audited;
import vn.tusoi.session.campaign.Campaign;

/** One unit's review meeting for a campaign. */
@Audited
@Entity
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@Table(name = "review_session")
public class ReviewSession {

    public enum Kind {
        THEMATIC, ANNUAL_REVIEW, MID_TERM_REVIEW
    }

    public enum Status {
        DRAFT, HELD, SUBMITTED, APPROVED, RETURNED
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String chair;

    /** Superior delegates who attended (đại biểu cấp trên dự), e.g. members of the working group. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> delegates = new ArrayList<>();

    @Column(name = "attendance_expected")
    public Integer attendanceExpected;

    @Column(name = "attendance_present")
    public Integer attendancePresent;

    @Column(name = "minutes_summary")
    public String minutesSummary;

    /** When the unit last submitted it to the superior committee. */
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** Why the superior committee returned it, or what it noted on approval. */
    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    /**
     * Raised by each change that is published; the update checks the value it was read with (with every changed
     * column), so two writers cannot both commit the same version: the second gets a 409.
     */
    @Column(nullable = false)
    public long version;
}
