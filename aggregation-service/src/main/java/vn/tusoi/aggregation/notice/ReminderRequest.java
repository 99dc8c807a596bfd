package vn.tusoi.aggregation.notice;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Remind the units ticked ({@code units}; none: every laggard under the unit), with an optional message. */
public record ReminderRequest(@Size(max = Reminders.MAX_UNITS) List<@NotBlank @Size(max = 64) String> units,
        @Size(max = 1000) String message) {
}
