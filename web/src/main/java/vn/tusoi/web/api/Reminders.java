package vn.tusoi.web.api;

import java.time.OffsetDateTime;
import java.util.List;

/** "Remind now": what is sent, and what came back. */
public final class Reminders {

    private Reminders() {
    }

    /** The ticked units (none: every laggard under the unit) and the officer's message. */
    public record Request(List<String> units, String message) {
    }

    /** The units reminded now, those reminded within the interval before, and the ticked ones that held it since. */
    public record Outcome(int sent, OffsetDateTime remindedAt, List<String> reminded, List<Skipped> alreadyReminded,
            List<String> notLaggards) {
    }

    /** A unit not reminded again, and when it last was. */
    public record Skipped(String unitCode, OffsetDateTime lastRemindedAt) {
    }

    /** A remediation action escalated to the unit above its owner for being overdue. */
    public record Escalated(java.util.UUID actionId, String unitCode, String escalatedTo,
            OffsetDateTime escalatedAt) {
    }

    /** How many of a unit's notices are unread. */
    public record Unread(String unitCode, long unread) {
    }
}
