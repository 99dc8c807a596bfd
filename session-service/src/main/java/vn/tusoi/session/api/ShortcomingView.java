package vn.tusoi.session.api;

import java.util.List;
import java.util.UUID;

import vn.tusoi.platform.concurrency.Versioned;
import vn.tusoi.session.remediation.ShortcomingDraft;

public record ShortcomingView(
        UUID id,
        UUID sessionId,
        String campaignCode,
        String unitCode,
        String area,
        String description,
        List<ShortcomingDraft.Cause> causes,
        String rootCause,
        String responsibility,
        String responsibleMember,
        String status,
        UUID carriedFromId,
        /** The unit's earlier shortcoming in the same area this one comes back after (tái diễn), if any. */
        UUID recurringOfId,
        List<ActionView> actions,
        long version) implements Versioned {
}
