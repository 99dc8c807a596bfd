package vn.tusoi.aggregation.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** session-service's self-review event, as far as the roll-ups read it: who, where, how far. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SelfReviewChanged(String campaignCode, String registryNo, String unitCode, String stage,
        long version) {

    public static final String TYPE = "vn.tusoi.session.self-review.changed";
}
