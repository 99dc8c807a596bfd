package vn.tusoi.session.grading;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tusoi.session.checklist.ChecklistContent;

/**
 * A member's self-review as the member sends it: which items of the campaign's checklist (by default NQ 04's 27
 * manifestations) they found in themself, by number; shortcomings, plan, self-grade, and their own score sheet
 * (QĐ 366's 100 points; the self-grade may not be above what it allows).
 */
@Schema(name = "SelfReviewRequest")
public record SelfReviewDraft(
        @NotBlank @Size(max = 64) String unitCode,
        @NotNull @Size(max = ChecklistContent.MAX_ITEMS) List<@NotNull @Min(1) @Max(ChecklistContent.MAX_ITEMS) Integer> manifestations,
        @Size(max = 4000) String personalShortcomings,
        @Size(max = 4000) String improvementPlan,
        @NotNull Grading.Grade selfGrade,
        @Valid ScorePoints score) {
}
