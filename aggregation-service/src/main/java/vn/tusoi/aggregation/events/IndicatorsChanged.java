package vn.tusoi.aggregation.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** A unit's indicators for a period, as counts: met or exceeded, of all ({@code session.indicators}). */
public record IndicatorsChanged(@NotBlank String unitCode, @NotBlank String period, int met, int total,
        @Positive long version) implements StateEvent, KeyedEvent {

    public static final String TOPIC = "session.indicators";

    public static final String TYPE = "vn.tusoi.session.indicators.changed";

    @Override
    public String messageKey() {
        return unitCode + "|" + period;
    }
}
