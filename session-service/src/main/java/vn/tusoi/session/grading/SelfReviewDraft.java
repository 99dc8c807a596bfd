package vn.tusoi.session.grading;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member's self-review: which of the 27 manifestations they found in themself, shortcomings, plan, self-grade. */
public record SelfReviewDraft(
        @NotBlank @Size(max = 64) String unitCode,
        @NotNull @Size(max = 27) List<@NotNull @Min(1) @Max(27) Integer> manifestations,
        @Size(max = 4000) String personalShortcomings,
        @Size(max = 4000) String improvementPlan,
        @NotNull Grading.Grade selfGrade) {
}
