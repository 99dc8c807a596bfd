package vn.tusoi.aggregation.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The defaults' days: 7 and 1 before the deadline, then every 3 days, 3 times; the latest due by a day. */
class ReminderScheduleTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    private final ReminderSchedule schedule = new ReminderSchedule(List.of(7, 1), 3, 3, false);

    @Test
    void eachDayGivesTheLatestReminderDueByThen() {
        assertEquals(Optional.empty(), schedule.latestDue(DEADLINE, LocalDate.of(2026, 12, 23)));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 24)), schedule.latestDue(DEADLINE, LocalDate.of(2026, 12, 24)));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 24)), schedule.latestDue(DEADLINE, LocalDate.of(2026, 12, 29)));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 30)), schedule.latestDue(DEADLINE, DEADLINE));
        assertEquals(Optional.of(LocalDate.of(2027, 1, 3)), schedule.latestDue(DEADLINE, LocalDate.of(2027, 1, 5)));
        // the third time after is the last
        assertEquals(Optional.of(LocalDate.of(2027, 1, 9)), schedule.latestDue(DEADLINE, LocalDate.of(2027, 6, 1)));
    }

    @Test
    void noTimeAfterMeansNothingPastTheDeadline() {
        ReminderSchedule before = new ReminderSchedule(List.of(1), 3, 0, true);
        assertEquals(Optional.of(LocalDate.of(2026, 12, 30)), before.latestDue(DEADLINE, LocalDate.of(2027, 3, 1)));
    }
}
