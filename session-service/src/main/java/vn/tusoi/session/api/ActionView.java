package vn.tusoi.session.api;

import java.time.LocalDate;
import java.util.UUID;

import vn.tusoi.platform.concurrency.Versioned;

public record ActionView(
        UUID id,
        UUID shortcomingId,
        String unitCode,
        String description,
        String owner,
        LocalDate dueOn,
        String status,
        int progressPercent,
        String notes,
        boolean overdue,
        long version) implements Versioned {
}
