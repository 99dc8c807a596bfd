package vn.tusoi.web.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeriodNamesTest {

    @Test
    void eachKindOfPeriodIsNamedAsPartyDocumentsNameIt() {
        assertEquals("năm 2026", PeriodNames.of("2026", null));
        assertEquals("quý I năm 2026", PeriodNames.of("2026-Q1", null));
        assertEquals("quý IV năm 2025", PeriodNames.of("2025-Q4", null));
        assertEquals("nhiệm kỳ 2020–2025", PeriodNames.of("2020-2025", null));
        assertEquals("Kiểm điểm trước Đại hội", PeriodNames.of("truoc-dai-hoi", "Kiểm điểm trước Đại hội"));
        assertEquals("truoc-dai-hoi", PeriodNames.of("truoc-dai-hoi", null));
        assertTrue(PeriodNames.isOccasion("truoc-dai-hoi"));
        assertFalse(PeriodNames.isOccasion("2026-Q3"));
        assertTrue("2026-Q3".matches(PeriodNames.CODE));
        assertFalse("2026-Q5".matches(PeriodNames.CODE));
    }
}
