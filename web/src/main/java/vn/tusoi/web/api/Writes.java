package vn.tusoi.web.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The small request bodies of the forms' writes, as session-service takes them. */
public final class Writes {

    private Writes() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionUpdate(String status, Integer progressPercent, String notes) {
    }

    public record Reason(String reason) {
    }

    public record CarryOver(UUID sessionId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grade(String grade, Scores.Points score) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String name, String unit, java.math.BigDecimal target, java.math.BigDecimal actual,
            String direction) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SelfReviewRequest(String unitCode, List<Integer> manifestations, String personalShortcomings,
            String improvementPlan, String selfGrade, Scores.Points score) {
    }
}
