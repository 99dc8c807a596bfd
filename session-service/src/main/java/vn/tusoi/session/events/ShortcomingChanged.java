package vn.tusoi.session.events;

import java.util.UUID;

/** A shortcoming's state for the roll-ups: area and status, no text. */
public record ShortcomingChanged(UUID id, UUID sessionId, String campaignCode, String unitCode, String area,
        String status, UUID carriedFromId, UUID recurringOfId, int actionsTotal, int actionsVerified, long version) {

    public static final String TYPE = "vn.tusoi.session.shortcoming.changed";
}
