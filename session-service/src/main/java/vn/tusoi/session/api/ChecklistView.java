package vn.tusoi.session.api;

import java.time.Instant;
import java.util.List;

import vn.tusoi.platform.concurrency.Versioned;
import vn.tusoi.session.checklist.ChecklistGroup;

/**
 * One version of a checklist: an item without text is shown by its number under its group's title ("Biểu hiện thứ
 * 7"), never paraphrased; an item with text names the source its wording was checked against.
 */
public record ChecklistView(
        String id,
        long version,
        String title,
        String document,
        String itemNoun,
        List<ChecklistGroup> groups,
        Instant publishedAt,
        String publishedBy) implements Versioned {
}
