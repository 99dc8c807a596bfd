package vn.tusoi.web.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.tusoi.web.format.VietnameseFormat;
import vn.tusoi.web.forms.Choices;

/**
 * One grade in the distribution of the grades decided for the units in the campaign's scope under a unit, or for the
 * members there, for the campaign's period: how many, their share of those graded, and its bar.
 */
public record GradeRow(String grade, long count, BigDecimal share) {

    /** Every grade, in order, with its count (none where no unit has it) and share. */
    static List<GradeRow> of(Map<String, Long> grades) {
        Map<String, Long> counts = grades == null ? Map.of() : grades;
        long graded = graded(counts);
        List<GradeRow> rows = new ArrayList<>();
        for (String grade : Choices.grades) {
            long count = counts.getOrDefault(grade, 0L);
            rows.add(new GradeRow(grade, count, VietnameseFormat.shareValue(count, graded)));
        }
        return rows;
    }

    static long graded(Map<String, Long> grades) {
        return grades == null ? 0 : grades.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The bar's width in percent, by steps of 5 (a class of the style sheet). */
    public int barWidth() {
        return share == null ? 0 : Math.min(100, (int) Math.round(share.doubleValue() / 5) * 5);
    }

    public String percentText() {
        return VietnameseFormat.percent(share);
    }
}
