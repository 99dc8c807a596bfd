package vn.tusoi.web.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The distribution of decided grades: every grade in QĐ 366's order, its share of those graded, its bar. */
class GradeRowTest {

    @Test
    void everyGradeIsListedHighestFirstWithItsShareOfThoseGraded() {
        List<GradeRow> rows = GradeRow.of(Map.of("GOOD", 6L, "EXCELLENT", 1L, "NOT_COMPLETED", 1L));
        assertEquals(List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"),
                rows.stream().map(GradeRow::grade).toList());
        assertEquals(List.of(1L, 6L, 0L, 1L), rows.stream().map(GradeRow::count).toList());
        assertEquals("75 %", rows.get(1).percentText());
        assertEquals(75, rows.get(1).barWidth());
        assertEquals("12,5 %", rows.get(0).percentText());
        assertEquals(15, rows.get(0).barWidth());
        assertEquals(8, GradeRow.graded(Map.of("GOOD", 6L, "EXCELLENT", 1L, "NOT_COMPLETED", 1L)));
    }

    @Test
    void noneGradedIsNoShareAndNoBar() {
        List<GradeRow> rows = GradeRow.of(null);
        assertEquals(4, rows.size());
        assertEquals(0, rows.get(0).barWidth());
        assertEquals(0, GradeRow.graded(Map.of()));
    }
}
