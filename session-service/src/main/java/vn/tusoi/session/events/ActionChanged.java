package vn.tusoi.session.events;

import java.time.LocalDate;
import java.util.UUID;

/** A remediation action's state for the roll-ups; {@code overdue} is set by the daily check. */
public record ActionChanged(UUID id, UUID shortcomingId, String unitCode, String status, LocalDate dueOn,
        boolean overdue, long version) {

    public static final String TYPE = "vn.tusoi.session.action.changed";
}
