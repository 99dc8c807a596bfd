package vn.tusoi.web.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void numbersGroupThousandsWithDots() {
        assertEquals("12.345", VietnameseFormat.number(12345));
        assertEquals("5.500.000", VietnameseFormat.number(5_500_000));
        assertEquals("0", VietnameseFormat.number(0));
        assertEquals("-1.200", VietnameseFormat.number(-1200));
    }

    @Test
    void decimalsUseACommaAndAtMostOneDigit() {
        assertEquals("12.345,7", VietnameseFormat.decimal(new BigDecimal("12345.67")));
        assertEquals("5", VietnameseFormat.decimal(new BigDecimal("5.00")));
        assertEquals("–", VietnameseFormat.decimal(null));
    }

    @Test
    void percentagesAreNeverCapped() {
        assertEquals("140,5 %", VietnameseFormat.percent(new BigDecimal("140.5")));
        assertEquals("179,3 %", VietnameseFormat.percent(179.3));
        assertEquals("140 %", VietnameseFormat.share(7, 5));
        assertEquals("91,4 %", VietnameseFormat.share(32, 35));
        assertEquals("–", VietnameseFormat.share(3, 0));
        assertEquals("–", VietnameseFormat.percent((Double) null));
    }

    @Test
    void datesAreDayMonthYear() {
        assertEquals("31/08/2023", VietnameseFormat.date(LocalDate.of(2023, 8, 31)));
        assertEquals("ngày 01 tháng 12 năm 2026", VietnameseFormat.longDate(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void momentsAreInVietnamsTimeWhateverTheirOffset() {
        // 23:30 UTC on 31 August is 06:30 on 1 September in Hà Nội
        assertEquals("06:30:05 01/09/2023",
                VietnameseFormat.dateTime(OffsetDateTime.of(2023, 8, 31, 23, 30, 5, 0, ZoneOffset.UTC)));
    }

    @Test
    void codesHaveVietnameseWordsAndUnknownOnesStayReadable() {
        assertEquals("Chi bộ cơ sở", Labels.of("GRASSROOTS_CELL"));
        assertEquals("Vượt", Labels.of("EXCEEDED"));
        assertEquals("SOMETHING_NEW", Labels.of("SOMETHING_NEW"));
    }
}
