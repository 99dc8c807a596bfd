package vn.tusoi.web.api;

import java.util.List;

/**
 * What publishing a list would change against a checklist's current version, item by item (by number), as
 * session-service answers it: what the administrator reads before publishing.
 */
public record ChecklistDiff(String checklistId, long fromVersion, boolean headingChanged, List<Placed> added,
        List<Placed> removed, List<Change> changed, int unchanged) {

    /** An item with the code of the group it stands in. */
    public record Placed(String group, Checklist.Item item) {
    }

    public record Change(int number, Placed before, Placed after) {
    }

    public boolean empty() {
        return !headingChanged && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
