package vn.tusoi.aggregation.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** A unit's classification for a year ({@code session.classifications}); only the decided grade counts. */
public record ClassificationChanged(@NotBlank String unitCode, int year, String decidedGrade,
        @Positive long version) implements StateEvent, KeyedEvent {

    public static final String TOPIC = "session.classifications";

    public static final String TYPE = "vn.tusoi.session.classification.changed";

    @Override
    public String messageKey() {
        return unitCode + "|" + year;
    }
}
