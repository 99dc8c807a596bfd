package vn.tusoi.aggregation.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** session-service's self-review event, as far as the roll-ups read it: who, where, how far. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SelfReviewChanged(@NotBlank String campaignCode, @NotBlank String registryNo, @NotBlank String unitCode,
        String stage, String decidedGrade,
        @Positive long version) implements StateEvent, KeyedEvent {

    public static final String TOPIC = "session.self-reviews";

    public static final String TYPE = "vn.tusoi.session.self-review.changed";

    @Override
    public String messageKey() {
        return campaignCode + "|" + registryNo;
    }
}
