package vn.tusoi.session.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A review session's state as the roll-ups and the notices need it: no minutes, no names; {@code reviewNote} is the
 * superior committee's reason for returning it (or its note on approval), which the returned unit is told.
 */
public record SessionChanged(
        UUID id,
        String campaignCode,
        String unitCode,
        String kind,
        String status,
        LocalDate heldOn,
        Integer attendanceExpected,
        Integer attendancePresent,
        String reviewNote,
        long version) {

    public static final String TYPE = "vn.tusoi.session.session.changed";
}
