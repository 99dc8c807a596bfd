package vn.tusoi.session.remediation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;

import vn.tusoi.platform.audit.Audited;

/** What a unit will do about a shortcoming, who owns it and by when; verified by the superior committee. */
@Audited
@Entity
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@Table(name = "remediation_action")
public class RemediationAction {

    /**
     * PLANNED → IN_PROGRESS → DONE → VERIFIED. The unit moves it forward up to DONE (possibly skipping IN_PROGRESS);
     * the superior verifies a DONE action, or sends it back to IN_PROGRESS when it did not work.
     */
    public enum Status {
        PLANNED, IN_PROGRESS, DONE, VERIFIED
    }

    private static final Map<Status, Set<Status>> UNIT_MAY_MOVE = Map.of(
            Status.PLANNED, EnumSet.of(Status.IN_PROGRESS, Status.DONE),
            Status.IN_PROGRESS, EnumSet.of(Status.DONE),
            Status.DONE, EnumSet.noneOf(Status.class),
            Status.VERIFIED, EnumSet.noneOf(Status.class));

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shortcoming_id")
    public Shortcoming shortcoming;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String owner;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "progress_percent", nullable = false)
    public int progressPercent;

    public String notes;

    @Column(name = "overdue_since")
    public LocalDate overdueSince;

    /**
     * Raised by each change that is published; the update checks the value it was read with (with every changed
     * column), so two writers cannot both commit the same version: the second gets a 409.
     */
    @Column(nullable = false)
    public long version;

    public static boolean unitMayMove(Status from, Status to) {
        return UNIT_MAY_MOVE.get(from).contains(to);
    }

    /** Past its due date and not done. */
    public boolean isOverdue(LocalDate today) {
        return dueOn.isBefore(today) && (status == Status.PLANNED || status == Status.IN_PROGRESS);
    }
}
