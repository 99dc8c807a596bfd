package vn.tusoi.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A review session as session-service shows it. */
public record Session(UUID id, String campaignCode, String unitCode, String kind, String status, LocalDate heldOn,
        String chair, List<String> delegates, Attendance attendance, String minutesSummary,
        OffsetDateTime submittedAt, String reviewNote, String reviewedBy, OffsetDateTime reviewedAt, long version) {

    public record Attendance(int expected, int present) {
    }

    /** The unit may still change what it reported (the service decides; this only chooses what the form offers). */
    public boolean editable() {
        return "DRAFT".equals(status) || "HELD".equals(status) || "RETURNED".equals(status);
    }

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }
}
