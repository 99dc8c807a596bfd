package vn.tusoi.organization.member;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import vn.tusoi.organization.importing.ImportReport.RowError;
import vn.tusoi.platform.csv.CsvColumns;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Reads the registry's CSV (RFC 4180 through FastCSV: commas, double-quoted fields that may span lines, "" for a
 * quote; UTF-8, an optional BOM) into import rows, by the column names of the header line, as it arrives: a file
 * over the row limit is refused when its first row too many is read, never held whole. Each row keeps the line of
 * the file it starts on, which its errors name.
 */
public final class CsvMembers {

    static final List<String> REQUIRED = List.of("registryNo", "fullName", "unitCode");

    private CsvMembers() {
    }

    /** The rows read, and the line of the file each one starts on. */
    public record Parsed(List<MemberImportRow> rows, List<Integer> lines) {

        /** An error of the import, naming the line of the file it is about. */
        RowError atLine(RowError error) {
            return new RowError(error.index(), error.code(), error.field(),
                    "line " + lines.get(error.index()) + ": " + error.message());
        }
    }

    public static Parsed parse(InputStream body, int maxRows) {
        List<MemberImportRow> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvColumns columns = null;
        QuoteCount quotes = new QuoteCount(body);
        int lastLine = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).ignoreDifferentFieldCount(true)
                .detectBomHeader(true).ofCsvRecord(quotes, StandardCharsets.UTF_8)) {
            for (CsvRecord record : csv) {
                int line = (int) record.getStartingLineNumber();
                lastLine = line;
                if (columns == null) {
                    columns = CsvColumns.of(record, REQUIRED, "registryNo,fullName,unitCode[,role,status,joinedOn]");
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new RuleViolation(413, "body", "at most " + maxRows + " members per import: line " + line
                            + " is one too many");
                }
                rows.add(row(record, columns, rows.size(), line));
                lines.add(line);
            }
        } catch (CsvParseException e) {
            throw new RuleViolation(400, "unreadable-body", "body", "the CSV cannot be read: " + e.getMessage());
        } catch (UncheckedIOException | IOException e) {
            throw new RuleViolation(400, "unreadable-body", "body", "the CSV could not be read: " + e.getMessage());
        }
        if (quotes.odd()) {
            // RFC 4180 quotes come in pairs: an odd number means a quoted field never closed, which the reader
            // would otherwise take to the end of the file
            throw new RuleViolation(400, "unreadable-body", "body", "the CSV ends inside a quoted field opened at"
                    + " line " + lastLine + " or before");
        }
        if (columns == null) {
            throw new RuleViolation(400, "csv-header-missing", "header", "the CSV has no header line");
        }
        return new Parsed(rows, lines);
    }

    private static MemberImportRow row(CsvRecord record, CsvColumns columns, int index, int line) {
        String joinedOn = columns.field(record, "joinedOn");
        LocalDate joined;
        try {
            joined = joinedOn == null ? null : LocalDate.parse(joinedOn);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(400, "date-invalid", "[" + index + "].joinedOn", "line " + line
                    + ": not a date (yyyy-mm-dd): " + joinedOn);
        }
        return new MemberImportRow(columns.field(record, "registryNo"), columns.field(record, "fullName"),
                columns.field(record, "unitCode"), columns.field(record, "role"), columns.field(record, "status"),
                joined);
    }

    /** The body as it is read, counting its double quotes. */
    private static final class QuoteCount extends FilterInputStream {

        private long quotes;

        QuoteCount(InputStream in) {
            super(in);
        }

        boolean odd() {
            return quotes % 2 == 1;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b == '"') {
                quotes++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '"') {
                    quotes++;
                }
            }
            return n;
        }
    }
}
