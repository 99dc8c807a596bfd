package vn.tusoi.organization.member;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import vn.tusoi.organization.importing.ImportReport.RowError;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Reads the registry's CSV (RFC 4180 through Jackson's CSV module: commas, double-quoted fields that may span lines,
 * "" for a quote; UTF-8, an optional BOM) into import rows, by the column names of the header line, as it arrives:
 * a file over the row limit is refused when its first row too many is read, never held whole. Each row keeps the
 * line of the file it starts on, which its errors name.
 */
public final class CsvMembers {

    static final List<String> REQUIRED = List.of("registryNo", "fullName", "unitCode");

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE).enable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();
    private static final ObjectReader ROW = CSV.readerForMapOf(String.class);

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
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(withoutBom(body))) {
            parser.setSchema(CsvSchema.emptySchema().withHeader());
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                requireHeader(parser.getSchema());
                int line = parser.currentTokenLocation().getLineNr();
                if (rows.size() == maxRows) {
                    throw new RuleViolation(413, "body", "at most " + maxRows + " members per import: line " + line
                            + " is one too many");
                }
                rows.add(row(ROW.readValue(parser), rows.size(), line));
                lines.add(line);
            }
            requireHeader(parser.getSchema());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new RuleViolation(400, "unreadable-body", "body", "the CSV cannot be read"
                    + (at == null ? "" : " at line " + at.getLineNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuleViolation(400, "unreadable-body", "body", "the CSV could not be read: " + e.getMessage());
        }
        return new Parsed(rows, lines);
    }

    private static void requireHeader(CsvSchema header) {
        if (header.size() == 0) {
            throw new RuleViolation(400, "csv-header-missing", "header", "the CSV has no header line");
        }
        for (String required : REQUIRED) {
            if (header.column(required) == null) {
                throw new RuleViolation(400, "csv-header-missing", "header",
                        "the CSV header lacks the column " + required
                                + " (expected: registryNo,fullName,unitCode[,role,status,joinedOn])");
            }
        }
    }

    private static MemberImportRow row(Map<String, String> record, int index, int line) {
        String joinedOn = field(record, "joinedOn");
        LocalDate joined;
        try {
            joined = joinedOn == null ? null : LocalDate.parse(joinedOn);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(400, "date-invalid", "[" + index + "].joinedOn", "line " + line
                    + ": not a date (yyyy-mm-dd): " + joinedOn);
        }
        return new MemberImportRow(field(record, "registryNo"), field(record, "fullName"),
                field(record, "unitCode"), field(record, "role"), field(record, "status"), joined);
    }

    private static String field(Map<String, String> record, String name) {
        String value = record.get(name);
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    /** UTF-8, without the byte-order mark some spreadsheets write first. */
    private static Reader withoutBom(InputStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 3);
        byte[] start = in.readNBytes(3);
        boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.unread(start);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
