package vn.tusoi.session.checklist;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import vn.tusoi.platform.rest.RuleViolation;

/**
 * What one version of a checklist says: its title, the document it comes from, what its items are called, and its
 * groups of items. An administrator loads it (as JSON or CSV); the service checks it here before publishing it. The
 * version's own fields, which the service sets, are ignored, so a version read from the API can be edited and sent
 * back as it is.
 */
@JsonIgnoreProperties({"id", "version", "publishedAt", "publishedBy"})
public record ChecklistContent(
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 500) String document,
        @NotBlank @Size(max = 64) String itemNoun,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid ChecklistGroup> groups) {

    public static final int MAX_ITEMS = 500;

    public List<ChecklistItem> items() {
        return groups.stream().flatMap(group -> group.items().stream()).toList();
    }

    public Optional<ChecklistItem> item(int number) {
        return items().stream().filter(item -> item.number() == number).findFirst();
    }

    /** The content as it is kept: every text stripped, blank titles, texts and sources left out. */
    public ChecklistContent normalised() {
        return new ChecklistContent(title.strip(), document.strip(), itemNoun.strip(), groups.stream()
                .map(group -> new ChecklistGroup(group.code().strip(),
                        group.title() == null || group.title().isBlank() ? null : group.title().strip(),
                        group.items().stream().map(ChecklistItem::normalised).toList()))
                .toList());
    }

    /**
     * Refuses a list whose groups or item numbers repeat, that is longer than {@value #MAX_ITEMS} items, or that
     * gives a wording without the source it was checked against (an official text is never taken on no one's word).
     */
    public void check() {
        Set<String> codes = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        int count = 0;
        for (int g = 0; g < groups.size(); g++) {
            ChecklistGroup group = groups.get(g);
            if (!codes.add(group.code())) {
                throw new RuleViolation(422, "checklist-group-repeated", "groups[" + g + "].code",
                        "group " + group.code() + " is listed twice");
            }
            for (int i = 0; i < group.items().size(); i++) {
                ChecklistItem item = group.items().get(i);
                String at = "groups[" + g + "].items[" + i + "]";
                if (!numbers.add(item.number())) {
                    throw new RuleViolation(422, "checklist-item-repeated", at + ".number",
                            "item " + item.number() + " is listed twice");
                }
                if (item.hasText() && (item.source() == null || item.source().isBlank())) {
                    throw new RuleViolation(422, "checklist-text-without-source", at + ".source",
                            "item " + item.number() + " has a wording but not the source it was checked against");
                }
                count++;
            }
        }
        if (count > MAX_ITEMS) {
            throw new RuleViolation(422, "checklist-too-long", "groups",
                    "a checklist has at most " + MAX_ITEMS + " items, not " + count);
        }
    }
}
