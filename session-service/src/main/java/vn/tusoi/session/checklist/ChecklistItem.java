package vn.tusoi.session.checklist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One item of a checklist: its number (what a self-review stores), and its wording with the source it was checked
 * against, or neither: an item without text is shown by its number under its group's title, never paraphrased.
 */
public record ChecklistItem(
        @Min(1) @Max(ChecklistContent.MAX_ITEMS) int number,
        @Size(max = 4000) String text,
        @Size(max = 500) String source) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The item with its text and source stripped, and left out where blank. */
    public ChecklistItem normalised() {
        return new ChecklistItem(number, hasText() ? text.strip() : null,
                source == null || source.isBlank() ? null : source.strip());
    }
}
