package vn.tusoi.aggregation.event;

import java.util.UUID;

/** A shortcoming's new state, as session-service publishes it on {@code session.shortcomings}. */
public record ShortcomingChanged(UUID id, String campaignCode, String unitCode, String area, String status,
        long version) {

    public static final String TYPE = "vn.tusoi.session.shortcoming.changed";
}
