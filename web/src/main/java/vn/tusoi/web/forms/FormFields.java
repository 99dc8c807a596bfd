package vn.tusoi.web.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

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
