package vn.tusoi.session.grading;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

/**
 * A member's self-review for a campaign: the check against the campaign's checklist (by default NQ 04's 27
 * manifestations), shortcomings, plan, grades.
 */
@Audited
@Entity
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@Table(name = "self_review")
public class SelfReview {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Column(name = "registry_no", nullable = false)
    public String registryNo;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    /** The checklist, and its version, the member reviewed themself against: the numbers below are its items'. */
    @Column(name = "checklist_id", nullable = false)
    public String checklistId;

    @Column(name = "checklist_version", nullable = false)
    public long checklistVersion;

    /** Numbers of the checklist's items (manifestations) the member found in themself. */
    @Audited.Redacted
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<Integer> manifestations;

    @Audited.Redacted
    @Column(name = "personal_shortcomings")
    public String personalShortcomings;

    @Audited.Redacted
    @Column(name = "improvement_plan")
    public String improvementPlan;

    @Embedded
    public Grading grading;

    /** The member wrote the text themself: from then on only the member rewrites it. */
    @Column(name = "written_by_member", nullable = false)
    public boolean writtenByMember;

    /**
     * Raised by each change that is published; the update checks the value it was read with (with every changed
     * column), so two writers cannot both commit the same version: the second gets a 409.
     */
    @Column(nullable = false)
    public long version;
}
