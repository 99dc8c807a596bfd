package vn.tusoi.session.campaign;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;
import org.hibernate.type.SqlTypes;

import vn.tusoi.platform.audit.Audited;
import vn.tusoi.session.hierarchy.KnownUnit;

/** A round of review sessions that a committee orders its subordinate units to hold by a deadline. */
@Audited
@Entity
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@Table(name = "campaign")
public class Campaign {

    public enum Status {
        OPEN, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String title;

    public String theme;

    @Column(name = "issuing_unit_code", nullable = false)
    public String issuingUnitCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scope_kinds", nullable = false)
    public List<String> scopeKinds;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "plan_reference")
    public String planReference;

    /** The checklist its members' self-reviews use. */
    @Column(name = "checklist_id", nullable = false)
    public String checklistId;

    /** The period its grades are for (members' self-reviews, the units' classifications its roll-up counts). */
    @Column(name = "grading_period", nullable = false)
    public String gradingPeriod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /**
     * Raised by each change that is published; the update checks the value it was read with (with every changed
     * column), so two writers cannot both commit the same version: the second gets a 409.
     */
    @Column(nullable = false)
    public long version;

    /** Whether the unit must hold a session for this campaign. */
    public boolean covers(KnownUnit unit) {
        return unit.isUnder(issuingUnitCode) && scopeKinds.contains(unit.kind);
    }
}
