package vn.tusoi.platform.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvRecord;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * A CSV file's columns, by the names of its header line: a file a person exports from a spreadsheet may order them
 * as it likes and leave optional ones out.
 */
public final class CsvColumns {

    private final Map<String, Integer> index;

    private CsvColumns(Map<String, Integer> index) {
        this.index = index;
    }

    /** The header line's columns; a required one missing is refused (400 {@code csv-header-missing}). */
    public static CsvColumns of(CsvRecord header, List<String> required, String expected) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            index.put(header.getField(i).strip(), i);
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                throw new RuleViolation(400, "csv-header-missing", "header",
                        "the CSV header lacks the column " + column + " (expected: " + expected + ")");
            }
        }
        return new CsvColumns(index);
    }

    /** The record's value in the column, stripped; null when the column or the value is absent or blank. */
    public String field(CsvRecord record, String name) {
        Integer at = index.get(name);
        if (at == null || at >= record.getFieldCount()) {
            return null;
        }
        String value = record.getField(at).strip();
        return value.isEmpty() ? null : value;
    }
}
