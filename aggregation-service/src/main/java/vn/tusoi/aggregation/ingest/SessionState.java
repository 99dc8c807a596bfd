package vn.tusoi.aggregation.ingest;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A review session's state as session-service last published it. */
@Entity
@Table(name = "session_state")
public class SessionState extends VersionedState {

    /** A unit has held the campaign once its session reaches HELD (and after, or back for rework). */
    private static final Set<String> HELD = Set.of("HELD", "SUBMITTED", "APPROVED", "RETURNED");

    @Id
    public UUID id;

    @Column(name = "campaign_code", nullable = false)
    public String campaignCode;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String status;

    @Column(name = "held_on")
    public LocalDate heldOn;

    /** The superior committee's reason for returning it (or its note on approval). */
    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "attendance_expected")
    public Integer attendanceExpected;

    @Column(name = "attendance_present")
    public Integer attendancePresent;

    public boolean isHeld() {
        return HELD.contains(status);
    }
}
