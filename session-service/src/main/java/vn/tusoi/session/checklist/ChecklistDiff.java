package vn.tusoi.session.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What publishing a list would change against the current version, item by item (by number): what an
 * administrator reads before publishing.
 */
public record ChecklistDiff(
        String checklistId,
        long fromVersion,
        boolean headingChanged,
        List<Placed> added,
        List<Placed> removed,
        List<Change> changed,
        int unchanged) {

    /** An item with the group it stands in. */
    public record Placed(String group, ChecklistItem item) {
    }

    public record Change(int number, Placed before, Placed after) {
    }

    public boolean empty() {
        return !headingChanged && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public static ChecklistDiff between(String checklistId, long fromVersion, ChecklistContent current,
            ChecklistContent proposed) {
        Map<Integer, Placed> before = placed(current);
        Map<Integer, Placed> after = placed(proposed);
        List<Placed> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<Integer, Placed> entry : after.entrySet()) {
            Placed old = before.get(entry.getKey());
            if (old == null) {
                added.add(entry.getValue());
            } else if (old.equals(entry.getValue())) {
                unchanged++;
            } else {
                changed.add(new Change(entry.getKey(), old, entry.getValue()));
            }
        }
        List<Placed> removed = before.entrySet().stream().filter(entry -> !after.containsKey(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        boolean heading = !Objects.equals(current.title(), proposed.title())
                || !Objects.equals(current.document(), proposed.document())
                || !Objects.equals(current.itemNoun(), proposed.itemNoun())
                || !Objects.equals(titles(current), titles(proposed));
        return new ChecklistDiff(checklistId, fromVersion, heading, List.copyOf(added), removed, List.copyOf(changed),
                unchanged);
    }

    private static Map<Integer, Placed> placed(ChecklistContent content) {
        Map<Integer, Placed> items = new LinkedHashMap<>();
        for (ChecklistGroup group : content.groups()) {
            for (ChecklistItem item : group.items()) {
                items.put(item.number(), new Placed(group.code(), item.normalised()));
            }
        }
        return items;
    }

    private static Map<String, String> titles(ChecklistContent content) {
        Map<String, String> titles = new LinkedHashMap<>();
        content.groups().forEach(group -> titles.put(group.code(), group.title()));
        return titles;
    }
}
