package vn.tusoi.aggregation.events;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** organization-service's unit event, as far as the roll-ups read it (contract: README, "Events"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(@NotBlank String code, @NotBlank String name, @NotBlank String kind, String parentCode,
        @NotNull List<String> ancestors,
        int memberCount, LocalDate validTo, List<String> predecessors, List<String> notificationEmails,
        boolean emailOff, @Positive long version) implements StateEvent, KeyedEvent {

    public static final String TOPIC = "org.units";

    public static final String TYPE = "vn.tusoi.org.unit.changed";

    @Override
    public String messageKey() {
        return code;
    }
}
