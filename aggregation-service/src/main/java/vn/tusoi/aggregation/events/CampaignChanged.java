package vn.tusoi.aggregation.events;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** session-service's campaign event, as far as the roll-ups read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignChanged(@NotBlank String code, @NotBlank String issuingUnitCode, @NotNull List<String> scopeKinds,
        @NotNull LocalDate deadline, @Size(max = 64) String gradingPeriod,
        String status, @Positive long version) implements StateEvent, KeyedEvent {

    public static final String TOPIC = "session.campaigns";

    public static final String TYPE = "vn.tusoi.session.campaign.changed";

    @Override
    public String messageKey() {
        return code;
    }
}
