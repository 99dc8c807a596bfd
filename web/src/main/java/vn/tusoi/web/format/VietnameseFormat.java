package vn.tusoi.web.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, percentages, dates and times as Vietnamese documents write them: {@code 12.345}, {@code 140,5 %},
 * {@code 31/08/2023}, {@code 14:05:09 01/12/2026} (in Asia/Ho_Chi_Minh, whatever zone the server runs in).
 */
public final class VietnameseFormat {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");
    private static final DecimalFormatSymbols SYMBOLS = symbols();

    private VietnameseFormat() {
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return symbols;
    }

    /** {@code 12345} → {@code 12.345}. */
    public static String number(long value) {
        return new DecimalFormat("#,##0", SYMBOLS).format(value);
    }

    /** One decimal at most: {@code 12345.67} → {@code 12.345,7}; {@code 5} → {@code 5}. */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return new DecimalFormat("#,##0.#", SYMBOLS).format(value.setScale(1, RoundingMode.HALF_UP));
    }

    /** A percentage as given, never capped: {@code 140.5} → {@code 140,5 %}. */
    public static String percent(BigDecimal value) {
        return value == null ? "–" : decimal(value) + " %";
    }

    public static String percent(Double value) {
        return value == null ? "–" : percent(BigDecimal.valueOf(value));
    }

    /** {@code part} of {@code whole} in percent, never capped (7 of 5 is 140 %); "–" when there is no whole. */
    public static String share(long part, long whole) {
        return whole == 0 ? "–" : percent(shareValue(part, whole));
    }

    /** The share as a number, for sorting and bars; null when there is no whole. */
    public static BigDecimal shareValue(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** {@code 2023-08-31} → {@code 31/08/2023}. */
    public static String date(LocalDate value) {
        return value == null ? "–" : DATE.format(value);
    }

    /** The moment in Vietnam's time: {@code HH:mm:ss dd/MM/yyyy}. */
    public static String dateTime(OffsetDateTime value) {
        return value == null ? "–" : DATE_TIME.format(value.atZoneSameInstant(ZONE));
    }

    /** "ngày 01 tháng 12 năm 2026", as the place-and-date line of a party document writes it. */
    public static String longDate(LocalDate value) {
        return String.format("ngày %02d tháng %02d năm %d", value.getDayOfMonth(), value.getMonthValue(),
                value.getYear());
    }

    /** Today in Vietnam. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
