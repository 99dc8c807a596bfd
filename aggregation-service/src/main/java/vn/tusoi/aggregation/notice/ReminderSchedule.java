package vn.tusoi.aggregation.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * When a campaign's laggards are reminded: {@code daysBefore} the deadline (7 and 1 by default), and after it every
 * {@code everyDaysAfter} days, {@code timesAfter} times (none: 0). {@code custom} is false for the deployment's
 * defaults.
 */
public record ReminderSchedule(@NotNull @Size(max = 10) List<@NotNull @Min(1) @Max(365) Integer> daysBefore,
        @Min(1) @Max(90) int everyDaysAfter, @Min(0) @Max(30) int timesAfter, boolean custom) {

    /** The day of the latest reminder due by {@code today}, if one is. */
    public Optional<LocalDate> latestDue(LocalDate deadline, LocalDate today) {
        TreeSet<LocalDate> days = new TreeSet<>();
        daysBefore.forEach(before -> days.add(deadline.minusDays(before)));
        for (int time = 1; time <= timesAfter; time++) {
            days.add(deadline.plusDays((long) time * everyDaysAfter));
        }
        return Optional.ofNullable(days.floor(today));
    }
}
