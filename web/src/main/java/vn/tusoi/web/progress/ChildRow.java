package vn.tusoi.web.progress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import vn.tusoi.web.api.Progress;
import vn.tusoi.web.format.VietnameseFormat;

/**
 * One direct subordinate unit in the progress table: of the units that must hold the campaign in its subtree (itself
 * included when it must), those that have; the percent (never capped) and its bar; the decided grades of the unit
 * and the units in scope under it, and of its members and theirs, for the campaign's grading period.
 */
public record ChildRow(String code, String name, long held, long expected, BigDecimal percent, long onTime,
        long late, Map<String, Long> grades, Map<String, Long> memberGrades) {

    static ChildRow of(Progress child) {
        long held = child.subtreeHeld();
        long expected = child.subtreeExpected();
        boolean ownOnTime = child.self() != null && child.self().onTime();
        boolean ownLate = child.self() != null && child.self().held() && !ownOnTime;
        return new ChildRow(child.unitCode(), child.unitName(), held, expected,
                VietnameseFormat.shareValue(held, expected), child.onTime() + (ownOnTime ? 1 : 0),
                child.late() + (ownLate ? 1 : 0), grades(child),
                child.members() == null || child.members().grades() == null ? Map.of() : child.members().grades());
    }

    /** The grades decided under the child, and the child's own (counted at its parent, so not in its roll-up). */
    private static Map<String, Long> grades(Progress child) {
        Map<String, Long> grades = new HashMap<>(child.grades() == null ? Map.of() : child.grades());
        if (child.self() != null && child.self().grade() != null) {
            grades.merge(child.self().grade(), 1L, Long::sum);
        }
        return grades;
    }

    /**
     * The bar's width in percent, by steps of 5 (a class of the style sheet: the Content-Security-Policy allows no
     * inline style); the figure beside it is exact. Drawn at most full.
     */
    public int barWidth() {
        return percent == null ? 0 : Math.min(100, (int) Math.round(percent.doubleValue() / 5) * 5);
    }

    public String percentText() {
        return VietnameseFormat.percent(percent);
    }

    public boolean complete() {
        return expected > 0 && held >= expected;
    }

    /** How many units (it and those under it) have the grade decided. */
    public long graded(String grade) {
        return grades.getOrDefault(grade, 0L);
    }

    /** How many members (its own and those of the units under it) have the grade decided. */
    public long membersGraded(String grade) {
        return memberGrades.getOrDefault(grade, 0L);
    }
}
