package vn.tusoi.session.grading;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.tusoi.session.checklist.ChecklistContent;

/** A member's self-review: which checklist items they found in themself, by number, shortcomings, plan, self-grade. */
public record SelfReviewDraft(
        @NotBlank @Size(max = 64) String unitCode,
        @NotNull @Size(max = ChecklistContent.MAX_ITEMS) List<@NotNull @Min(1) @Max(ChecklistContent.MAX_ITEMS) Integer> manifestations,
        @Size(max = 4000) String personalShortcomings,
        @Size(max = 4000) String improvementPlan,
        @NotNull Grading.Grade selfGrade,
        @Valid ScorePoints score) {
}
