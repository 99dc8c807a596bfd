package vn.tusoi.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A shortcoming a unit named in its review, with its causes and remediation actions; {@code recurringOfId} the earlier
 * one of the unit in the same area when it came back (tái diễn).
 */
public record Shortcoming(UUID id, UUID sessionId, String campaignCode, String unitCode, String area,
        String description, List<Cause> causes, String rootCause, String responsibility, String responsibleMember,
        String status, UUID carriedFromId, UUID recurringOfId, List<Action> actions, long version) {

    public record Cause(String kind, String description) {
    }

    public record Action(UUID id, String description, String owner, LocalDate dueOn, String status,
            int progressPercent, String notes, boolean overdue, long version) {

        public boolean verified() {
            return "VERIFIED".equals(status);
        }
    }

    public boolean overdue() {
        return actions != null && actions.stream().anyMatch(Action::overdue);
    }
}
