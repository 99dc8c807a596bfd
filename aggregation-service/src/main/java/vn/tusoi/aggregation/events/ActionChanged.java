package vn.tusoi.aggregation.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A remediation action's new state ({@code session.actions}): its unit, status, due date and whether it is overdue
 * (an event from before the unit and the due date were read has neither).
 */
public record ActionChanged(@NotNull UUID id, @NotNull UUID shortcomingId, String unitCode, @NotBlank String status,
        LocalDate dueOn, boolean overdue, @Positive long version) implements StateEvent, KeyedEvent {

    public static final String TOPIC = "session.actions";

    public static final String TYPE = "vn.tusoi.session.action.changed";

    @Override
    public String messageKey() {
        return id.toString();
    }
}
