package vn.tusoi.web.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;

/**
 * Reads what a browser sent in a form into the types the services take, noting each value that is not of its type
 * (a date that is not a date, a number that is not a number) against its field. Whether a value is allowed is never
 * decided here: the services decide.
 */
public final class FormFields {

    private final Map<String, String> unreadable = new LinkedHashMap<>();

    public LocalDate date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            unreadable.put(field, "«" + ProblemWords.field(field) + "» cần là một ngày (ngày/tháng/năm).");
            return null;
        }
    }

    public Integer number(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            unreadable.put(field, "«" + ProblemWords.field(field) + "» cần là một số.");
            return null;
        }
    }

    /** A decimal as people write it here: {@code 12}, {@code 12,5} or {@code 12.5}. */
    public BigDecimal decimal(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            unreadable.put(field, "«" + ProblemWords.field(field) + "» cần là một số.");
            return null;
        }
    }

    public static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    /** The i-th of a repeated field, or "" when the browser sent fewer. */
    public static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? "" : values.get(i);
    }

    /** An id the page wrote into its form; anything else is not a form of this front end (400). */
    public static UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(400);
        }
    }

    /** The version a form was read at (0 when the record did not exist yet); anything else is not this site's (400). */
    public static long version(String value) {
        if (blank(value)) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new WebApplicationException(400);
        }
    }

    /** The {@code If-Match} for a version read; none for 0, a record that did not exist yet. */
    public static String etag(long version) {
        return version == 0 ? null : "\"" + version + "\"";
    }

    /** The {@code If-Match} for the version a form was read at; none when the record did not exist yet. */
    public static String etag(String version) {
        return etag(version(version));
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The values that were not of their type, as a refusal the form shows like a service's; empty if none. */
    public Refusal refusal() {
        if (unreadable.isEmpty()) {
            return Refusal.NONE;
        }
        return new Refusal(null, Map.copyOf(unreadable), "Một số thông tin chưa đúng dạng; vui lòng kiểm tra lại.");
    }
}
