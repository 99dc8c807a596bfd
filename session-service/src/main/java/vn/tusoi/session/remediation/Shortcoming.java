package vn.tusoi.session.remediation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;

import vn.tusoi.platform.audit.Audited;
import vn.tusoi.session.session.ReviewSession;

/** A shortcoming (tồn tại, hạn chế) a unit names in a review session, with its causes and remediation. */
@Audited
@Entity
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@Table(name = "shortcoming")
public class Shortcoming {

    public enum Area {
        PARTY_BUILDING, LEADERSHIP, ECONOMY, CULTURE_SOCIETY, DEFENCE_SECURITY, INSPECTION_SUPERVISION, MASS_MOBILISATION, LAND_ENVIRONMENT, OTHER
    }

    public enum Responsibility {
        COLLECTIVE, INDIVIDUAL
    }

    /** OPEN until every action is verified (RESOLVED), or until a later review takes it over (CARRIED_OVER). */
    public enum Status {
        OPEN, RESOLVED, CARRIED_OVER
    }

    /** Objective (khách quan) or subjective (chủ quan). */
    @Embeddable
    public record Cause(@Enumerated(EnumType.STRING) @Column(name = "kind") CauseKind kind,
            @Column(name = "description") String description) {
    }

    public enum CauseKind {
        OBJECTIVE, SUBJECTIVE
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    public ReviewSession session;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Area area;

    @Column(nullable = false)
    public String description;

    @Column(name = "root_cause")
    public String rootCause;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Responsibility responsibility;

    /** The member's registry number, when the responsibility is individual. */
    @Column(name = "responsible_member")
    public String responsibleMember;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carried_from")
    public Shortcoming carriedFrom;

    /**
     * The latest shortcoming the unit had in the same area in an earlier review, when this one comes back (tái
     * diễn); a carried-over shortcoming keeps its original's.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recurring_of")
    public Shortcoming recurringOf;

    @ElementCollection
    @CollectionTable(name = "shortcoming_cause", joinColumns = @JoinColumn(name = "shortcoming_id"))
    @OrderColumn(name = "position")
    public List<Cause> causes = new ArrayList<>();

    @OneToMany(mappedBy = "shortcoming")
    @OrderBy("dueOn, id")
    public List<RemediationAction> actions = new ArrayList<>();

    /**
     * Raised by each change that is published; the update checks the value it was read with (with every changed
     * column), so two writers cannot both commit the same version: the second gets a 409.
     */
    @Column(nullable = false)
    public long version;

    /** Resolved once it has actions and every one of them is verified. */
    public boolean allActionsVerified() {
        return !actions.isEmpty()
                && actions.stream().allMatch(a -> a.status == RemediationAction.Status.VERIFIED);
    }
}
