package vn.tusoi.aggregation.event;

import java.util.UUID;

/** A remediation action's new state ({@code session.actions}): its status and whether it is overdue. */
public record ActionChanged(UUID id, UUID shortcomingId, String status, boolean overdue, long version) {

    public static final String TYPE = "vn.tusoi.session.action.changed";
}
