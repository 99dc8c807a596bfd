package vn.tusoi.web.selfreview;

import vn.tusoi.web.api.GradeConditions;
import vn.tusoi.web.api.SelfReview;

/**
 * One member in a cell's grading queue: the review, the conditions of the highest grade where it is still to be
 * graded, and the step the signed-in user may take on it at once: the cell proposes the member's own grade, the
 * committee decides the grade the cell proposed.
 */
public record QueueRow(SelfReview review, GradeConditions conditions, String step) {

    static QueueRow of(SelfReview review, GradeConditions conditions, boolean decides) {
        String step = switch (review.stage() == null ? "" : review.stage()) {
            case "SELF_ASSESSED" -> review.selfGrade() == null ? null : "propose";
            case "PROPOSED" -> decides ? "decide" : null;
            default -> null;
        };
        return new QueueRow(review, conditions, step);
    }

    /** The grade the step gives: the member's own at the proposal, the cell's at the decision. */
    public String grade() {
        return "propose".equals(step) ? review.selfGrade() : "decide".equals(step) ? review.proposedGrade() : null;
    }

    /** The conditions in a few words, or nothing where they were not read (a review already decided). */
    public String conditionsText() {
        return conditions == null ? "" : conditions.summary();
    }

    /** Whether the highest grade's conditions hold, as far as the service can tell. */
    public boolean conditionsHold() {
        return conditions != null && conditions.hold();
    }
}
