package vn.tusoi.session.checklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import vn.tusoi.platform.csv.CsvColumns;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * A checklist's items as an administrator keeps them in a spreadsheet: a header {@code group,groupTitle,number,text,
 * source} and one line per item, groups in the order they first appear (a group's title from its first line that
 * gives one). The heading (title, document, what an item is called) stays the current version's.
 */
public final class ChecklistCsv {

    static final List<String> COLUMNS = List.of("group", "groupTitle", "number", "text", "source");

    private ChecklistCsv() {
    }

    public static ChecklistContent read(String body, ChecklistContent heading) {
        String csv = body.startsWith("\uFEFF") ? body.substring(1) : body;
        if (csv.chars().filter(c -> c == '"').count() % 2 != 0) {
            // RFC 4180 quotes come in pairs: an odd number means a quoted field never closed
            throw new RuleViolation(400, "unreadable-body", "body", "the CSV has a quoted field that is never closed");
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<ChecklistItem>> items = new LinkedHashMap<>();
        CsvColumns columns = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).ignoreDifferentFieldCount(true)
                .ofCsvRecord(csv)) {
            for (CsvRecord record : reader) {
                if (columns == null) {
                    columns = CsvColumns.of(record, List.of("group", "number"), String.join(",", COLUMNS));
                    continue;
                }
                long line = record.getStartingLineNumber();
                String group = columns.field(record, "group");
                if (group == null) {
                    throw new RuleViolation(400, "csv-field-missing", "group", "line " + line + ": no group");
                }
                String title = columns.field(record, "groupTitle");
                if (title != null) {
                    titles.putIfAbsent(group, title);
                }
                items.computeIfAbsent(group, code -> new ArrayList<>()).add(new ChecklistItem(
                        number(columns.field(record, "number"), line), columns.field(record, "text"),
                        columns.field(record, "source")));
            }
        } catch (CsvParseException | UncheckedIOException | IOException e) {
            throw new RuleViolation(400, "unreadable-body", "body", "the CSV cannot be read: " + e.getMessage());
        }
        if (columns == null) {
            throw new RuleViolation(400, "csv-header-missing", "header", "the CSV has no header line");
        }
        List<ChecklistGroup> groups = items.entrySet().stream()
                .map(group -> new ChecklistGroup(group.getKey(), titles.get(group.getKey()), group.getValue()))
                .toList();
        return new ChecklistContent(heading.title(), heading.document(), heading.itemNoun(), groups);
    }

    private static int number(String value, long line) {
        try {
            return Integer.parseInt(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw new RuleViolation(400, "number-invalid", "number", "line " + line + ": not an item number: "
                    + value);
        }
    }

}
