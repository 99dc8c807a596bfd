package vn.tusoi.aggregation.events;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A unit's classification for a grading period ({@code session.classifications}); only the decided grade counts.
 * Events from before periods carry the year alone: their period is that year.
 */
public record ClassificationChanged(@NotBlank String unitCode, String period, Integer year, String decidedGrade,
        @Positive long version) implements StateEvent, KeyedEvent {

    public static final String TOPIC = "session.classifications";

    public static final String TYPE = "vn.tusoi.session.classification.changed";

    /** The period's code: as sent, or the year of an event from before periods; null when it has neither. */
    public String periodCode() {
        return period != null ? period : year != null ? String.valueOf(year) : null;
    }

    /** An event names its period, or (before periods) its year. */
    @AssertTrue(message = "names neither a period nor a year")
    public boolean isPeriodNamed() {
        return periodCode() != null;
    }

    @Override
    public String messageKey() {
        return unitCode + "|" + periodCode();
    }
}
