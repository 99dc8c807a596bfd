package vn.tusoi.session.rest;

import java.time.LocalDate;
import java.util.UUID;

public record SessionView(
        UUID id,
        String campaignCode,
        String unitCode,
        String kind,
        String status,
        LocalDate heldOn,
        String chair,
        SessionRequest.Attendance attendance,
        String minutesSummary,
        long version) {
}
