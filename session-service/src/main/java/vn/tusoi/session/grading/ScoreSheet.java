package vn.tusoi.session.grading;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A score sheet as kept: the points per group of its frame, their total, and the grade the total points to under
 * QĐ 366-QĐ/TW: from 90 "Hoàn thành xuất sắc nhiệm vụ", 70 to under 90 "tốt", 50 to under 70 "Hoàn thành nhiệm
 * vụ", under 50 "Không hoàn thành nhiệm vụ".
 */
public record ScoreSheet(String frameId, Map<String, BigDecimal> points, BigDecimal total, Grading.Grade grade) {

    public static Grading.Grade gradeOf(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return Grading.Grade.EXCELLENT;
        }
        if (total.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return Grading.Grade.GOOD;
        }
        if (total.compareTo(BigDecimal.valueOf(50)) >= 0) {
            return Grading.Grade.COMPLETED;
        }
        return Grading.Grade.NOT_COMPLETED;
    }

    /** Whether the grade is above what the total allows (EXCELLENT is the highest). */
    public boolean allows(Grading.Grade proposed) {
        return proposed.ordinal() >= grade.ordinal();
    }
}
