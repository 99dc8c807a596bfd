package vn.tusoi.session.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.tusoi.platform.concurrency.Versioned;
import vn.tusoi.session.session.SessionReport;

public record SessionView(
        UUID id,
        String campaignCode,
        String unitCode,
        String kind,
        String status,
        LocalDate heldOn,
        String chair,
        List<String> delegates,
        SessionReport.Attendance attendance,
        String minutesSummary,
        OffsetDateTime submittedAt,
        String reviewNote,
        String reviewedBy,
        OffsetDateTime reviewedAt,
        long version) implements Versioned {
}
