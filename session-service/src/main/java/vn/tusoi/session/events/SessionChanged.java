package vn.tusoi.session.events;

import java.time.LocalDate;
import java.util.UUID;

/** A review session's state as the roll-ups need it: no minutes, no names. */
public record SessionChanged(
        UUID id,
        String campaignCode,
        String unitCode,
        String kind,
        String status,
        LocalDate heldOn,
        Integer attendanceExpected,
        Integer attendancePresent,
        long version) {

    public static final String TYPE = "vn.tusoi.session.session.changed";
}
