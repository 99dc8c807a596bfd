package vn.tusoi.aggregation.events;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A shortcoming's new state, as session-service publishes it on {@code session.shortcomings}. */
public record ShortcomingChanged(@NotNull UUID id, @NotBlank String campaignCode, @NotBlank String unitCode,
        @NotBlank String area, @NotBlank String status, UUID recurringOfId,
        @Positive long version) implements StateEvent, KeyedEvent {

    public static final String TOPIC = "session.shortcomings";

    public static final String TYPE = "vn.tusoi.session.shortcoming.changed";

    @Override
    public String messageKey() {
        return id.toString();
    }
}
