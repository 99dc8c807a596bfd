package vn.tusoi.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The 100-point score sheets of QĐ 366-QĐ/TW as session-service keeps them: the frame of criteria a sheet follows
 * (its groups and the most points each gives), the points given, and the sheet as scored (total and the grade the
 * total points to).
 */
public final class Scores {

    /** The frame QĐ 366-QĐ/TW's two groups make, as session-service ships it: used where a sheet names none. */
    public static final String DEFAULT_FRAME = "QD366-2-NHOM";

    private Scores() {
    }

    /** A frame of criteria: QĐ 366's two groups as shipped, or a province's appendix. */
    public record CriteriaFrame(String id, String title, String document, List<Group> groups) {
    }

    public record Group(String code, String title, BigDecimal maxPoints) {
    }

    /** The points given, by group of the frame, as a grading step sends them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Points(String frameId, Map<String, BigDecimal> points) {
    }

    /** A sheet as scored: the points, their total, the highest grade the total allows. */
    public record Sheet(String frameId, Map<String, BigDecimal> points, BigDecimal total, String grade) {

        public BigDecimal at(String group) {
            return points == null ? null : points.get(group);
        }
    }
}
