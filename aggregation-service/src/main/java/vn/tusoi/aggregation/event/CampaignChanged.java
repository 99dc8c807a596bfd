package vn.tusoi.aggregation.event;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** session-service's campaign event, as far as the roll-ups read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignChanged(String code, String issuingUnitCode, List<String> scopeKinds, LocalDate deadline,
        String status, long version) {

    public static final String TYPE = "vn.tusoi.session.campaign.changed";
}
