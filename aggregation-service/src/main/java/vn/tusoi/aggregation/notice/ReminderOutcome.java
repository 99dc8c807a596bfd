package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.util.List;

/**
 * What a reminder did: the units reminded now, those reminded within the interval before (not again), and the ticked
 * units that are no longer laggards (they held the session since the page was drawn).
 */
public record ReminderOutcome(int sent, Instant remindedAt, List<String> reminded, List<Skipped> alreadyReminded,
        List<String> notLaggards) {

    /** A unit not reminded again, and when it last was. */
    public record Skipped(String unitCode, Instant lastRemindedAt) {
    }
}
