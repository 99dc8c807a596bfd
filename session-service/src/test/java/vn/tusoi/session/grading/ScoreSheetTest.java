package vn.tusoi.session.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** QĐ 366's bands: from 90 excellent, 70 to under 90 good, 50 to under 70 completed, under 50 not completed. */
class ScoreSheetTest {

    @Test
    void theTotalPointsToItsBand() {
        Map<String, Grading.Grade> bands = Map.of("100", Grading.Grade.EXCELLENT, "90", Grading.Grade.EXCELLENT,
                "89.9", Grading.Grade.GOOD, "70", Grading.Grade.GOOD, "69.9", Grading.Grade.COMPLETED, "50",
                Grading.Grade.COMPLETED, "49.9", Grading.Grade.NOT_COMPLETED, "0", Grading.Grade.NOT_COMPLETED);
        bands.forEach((total, grade) -> assertEquals(grade, ScoreSheet.gradeOf(new BigDecimal(total)), total));
    }

    @Test
    void aSheetAllowsItsGradeAndAnyBelowItNeverOneAbove() {
        ScoreSheet good = new ScoreSheet(CriteriaFrame.DEFAULT, Map.of(), new BigDecimal("88"), Grading.Grade.GOOD);
        assertFalse(good.allows(Grading.Grade.EXCELLENT));
        assertTrue(good.allows(Grading.Grade.GOOD));
        assertTrue(good.allows(Grading.Grade.COMPLETED));
        assertTrue(good.allows(Grading.Grade.NOT_COMPLETED));
    }
}
