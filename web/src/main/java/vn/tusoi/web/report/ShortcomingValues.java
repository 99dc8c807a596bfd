package vn.tusoi.web.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.format.VietnameseFormat;
import vn.tusoi.web.forms.FormFields;

/** A shortcoming form's values: its fields, its causes one a line by kind, and its action rows (blank ones to add). */
public record ShortcomingValues(UUID id, long version, String area, String description, String objectiveCauses,
        String subjectiveCauses, String rootCause, String responsibility, String responsibleMember,
        List<ActionRow> actions) {

    /** Blank action rows a form offers for new actions. */
    public static final int BLANK_ROWS = 2;

    public record ActionRow(String id, String description, String owner, String dueOn) {

        public boolean blank() {
            return FormFields.blank(description) && FormFields.blank(owner) && FormFields.blank(dueOn);
        }

        /** The due date as people here read it (31/03/2027), or as it was typed when it is not a date. */
        public String dueOnShown() {
            try {
                return VietnameseFormat.date(LocalDate.parse(dueOn));
            } catch (RuntimeException e) {
                return dueOn == null ? "" : dueOn;
            }
        }
    }

    public static ShortcomingValues blank() {
        return new ShortcomingValues(null, 0, "", "", "", "", "", "COLLECTIVE", "", withBlankRows(List.of()));
    }

    public static ShortcomingValues of(Shortcoming shortcoming) {
        List<ActionRow> rows = shortcoming.actions().stream().map(a -> new ActionRow(a.id().toString(),
                a.description(), a.owner(), a.dueOn() == null ? "" : a.dueOn().toString())).toList();
        return new ShortcomingValues(shortcoming.id(), shortcoming.version(), shortcoming.area(),
                shortcoming.description(), causes(shortcoming, "OBJECTIVE"), causes(shortcoming, "SUBJECTIVE"),
                shortcoming.rootCause() == null ? "" : shortcoming.rootCause(), shortcoming.responsibility(),
                shortcoming.responsibleMember() == null ? "" : shortcoming.responsibleMember(), withBlankRows(rows));
    }

    static List<ActionRow> withBlankRows(List<ActionRow> rows) {
        List<ActionRow> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(new ActionRow("", "", "", ""));
        }
        return all;
    }

    public boolean individual() {
        return "INDIVIDUAL".equals(responsibility);
    }

    private static String causes(Shortcoming shortcoming, String kind) {
        return shortcoming.causes() == null
                ? ""
                : String.join("\n", shortcoming.causes().stream()
                        .filter(c -> kind.equals(c.kind())).map(Shortcoming.Cause::description).toList());
    }
}
