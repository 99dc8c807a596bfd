package vn.tusoi.aggregation.ingest;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A remediation action's status and whether it is overdue, as session-service last published them. */
@Entity
@Table(name = "action_state")
public class ActionState extends VersionedState {

    private static final Set<String> UNDONE = Set.of("PLANNED", "IN_PROGRESS");

    @Id
    public UUID id;

    @Column(name = "shortcoming_id", nullable = false)
    public UUID shortcomingId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public boolean overdue;

    /** The unit that owns it (its shortcoming's). */
    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "due_on")
    public LocalDate dueOn;

    /** Past its due date and not done. */
    public boolean isLate() {
        return overdue && UNDONE.contains(status);
    }
}
