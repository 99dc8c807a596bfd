package vn.tusoi.web.progress;

import java.math.BigDecimal;
import java.util.Map;

import vn.tusoi.web.api.Progress;
import vn.tusoi.web.format.VietnameseFormat;

/**
 * One direct subordinate unit in the progress table: of the units that must hold the campaign in its subtree (itself
 * included when it must), those that have; the percent (never capped) and its bar; the decided grades of the units
 * in scope under it, for the campaign's year.
 */
public record ChildRow(String code, String name, long held, long expected, BigDecimal percent, long onTime,
        long late, Map<String, Long> grades) {

    static ChildRow of(Progress child) {
        long held = child.subtreeHeld();
        long expected = child.subtreeExpected();
        boolean ownOnTime = child.self() != null && child.self().onTime();
        boolean ownLate = child.self() != null && child.self().held() && !ownOnTime;
        return new ChildRow(child.unitCode(), child.unitName(), held, expected,
                VietnameseFormat.shareValue(held, expected), child.onTime() + (ownOnTime ? 1 : 0),
                child.late() + (ownLate ? 1 : 0), child.grades() == null ? Map.of() : child.grades());
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

    /** How many units under it have the grade decided. */
    public long graded(String grade) {
        return grades.getOrDefault(grade, 0L);
    }
}
