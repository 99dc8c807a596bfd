package vn.tusoi.organization.member;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tusoi.platform.rest.RuleViolation;

/**
 * Reads the registry's CSV (RFC 4180: commas, double-quoted fields, "" for a quote; UTF-8, an optional BOM) into
 * import rows, by the column names of the header line.
 */
public final class CsvMembers {

    static final List<String> REQUIRED = List.of("registryNo", "fullName", "unitCode");

    private CsvMembers() {
    }

    public static List<MemberImportRow> parse(String csv) {
        List<List<String>> records = records(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        if (records.isEmpty()) {
            throw new RuleViolation(400, "csv-header-missing", "header", "the CSV has no header line");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip(), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new RuleViolation(400, "csv-header-missing", "header",
                        "the CSV header lacks the column " + required
                                + " (expected: registryNo,fullName,unitCode[,role,status,joinedOn])");
            }
        }
        List<MemberImportRow> rows = new ArrayList<>(records.size() - 1);
        for (int line = 1; line < records.size(); line++) {
            List<String> record = records.get(line);
            String joinedOn = field(record, columns, "joinedOn");
            LocalDate joined;
            try {
                joined = joinedOn == null ? null : LocalDate.parse(joinedOn);
            } catch (DateTimeParseException e) {
                throw new RuleViolation(400, "date-invalid", "[" + (line - 1) + "].joinedOn", "line " + (line + 1)
                        + ": not a date (yyyy-mm-dd): " + joinedOn);
            }
            rows.add(new MemberImportRow(field(record, columns, "registryNo"), field(record, columns, "fullName"),
                    field(record, columns, "unitCode"), field(record, columns, "role"),
                    field(record, columns, "status"), joined));
        }
        return rows;
    }

    private static String field(List<String> record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** Splits the text into records of fields, honouring quotes; blank lines are skipped. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new RuleViolation(400, "unreadable-body", "body", "the CSV ends inside a quoted field");
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
