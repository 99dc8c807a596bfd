package vn.tusoi.web.api;

import java.util.List;

/**
 * One version of a checklist as session-service keeps it (NQ 04's 27 manifestations by default). An item carries
 * text only where its wording was checked against a source; any other is shown by its place in its group ("Biểu
 * hiện thứ 7"), never paraphrased.
 */
public record Checklist(String id, long version, String title, String document, String itemNoun,
        List<Group> groups) {

    public record Group(String code, String title, List<Item> items) {

        /** The item's label: its wording, or its noun and place in the group where no wording was checked. */
        public String label(Item item, String itemNoun) {
            return item.hasText() ? item.text() : itemNoun + " thứ " + (items.indexOf(item) + 1);
        }
    }

    public record Item(int number, String text, String source) {

        public boolean hasText() {
            return text != null && !text.isBlank();
        }
    }
}
