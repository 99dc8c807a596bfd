package vn.tusoi.web.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.qute.TemplateExtension;

/** The formats and words in templates: {@code {count.vn}}, {@code {day.vn}}, {@code {kind.label}}. */
@TemplateExtension
public final class FormatExtensions {

    private FormatExtensions() {
    }

    static String vn(long value) {
        return VietnameseFormat.number(value);
    }

    static String vn(int value) {
        return VietnameseFormat.number(value);
    }

    static String vn(Long value) {
        return value == null ? "0" : VietnameseFormat.number(value);
    }

    static String vn(BigDecimal value) {
        return VietnameseFormat.decimal(value);
    }

    static String vn(LocalDate value) {
        return VietnameseFormat.date(value);
    }

    static String vn(OffsetDateTime value) {
        return VietnameseFormat.dateTime(value);
    }

    static String percent(BigDecimal value) {
        return VietnameseFormat.percent(value);
    }

    static String percent(Double value) {
        return VietnameseFormat.percent(value);
    }

    static String label(String code) {
        return Labels.of(code);
    }
}
