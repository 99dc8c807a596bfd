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

    /**
     * When a campaign's laggards are reminded on their own: days before the deadline, then every so many days so many
     * times; {@code custom} false for the deployment's defaults.
     */
    public record Schedule(List<Integer> daysBefore, int everyDaysAfter, int timesAfter, boolean custom) {

        /** The days before the deadline as the form writes them: "7, 1". */
        public String before() {
            return String.join(", ", daysBefore.stream().map(String::valueOf).toList());
        }
    }

    /** How many of a unit's notices are unread. */
    public record Unread(String unitCode, long unread) {
    }

    /** How many of a member's own notices are unread. */
    public record UnreadOfMine(long unread) {
    }
}
