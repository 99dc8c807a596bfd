package vn.tusoi.aggregation.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** session-service's session event, as far as the roll-ups read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionChanged(@NotNull UUID id, @NotBlank String campaignCode, @NotBlank String unitCode,
        @NotBlank String status, LocalDate heldOn,
        Integer attendanceExpected, Integer attendancePresent, String reviewNote,
        @Positive long version) implements StateEvent, KeyedEvent {

    public static final String TOPIC = "session.sessions";

    public static final String TYPE = "vn.tusoi.session.session.changed";

    @Override
    public String messageKey() {
        return id.toString();
    }
}
