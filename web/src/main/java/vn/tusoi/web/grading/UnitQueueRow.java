package vn.tusoi.web.grading;

import vn.tusoi.web.api.Classification;
import vn.tusoi.web.api.GradeConditions;
import vn.tusoi.web.api.Unit;

/**
 * One subordinate unit in a committee's grading queue for a period: its classification (none before it assesses
 * itself), the conditions of the highest grade where it is still to be graded, and the step the committee may take on
 * it at once: propose the unit's own grade, or decide the grade proposed.
 */
public record UnitQueueRow(Unit unit, Classification classification, GradeConditions conditions, String step) {

    static UnitQueueRow of(Unit unit, Classification classification, GradeConditions conditions) {
        String stage = classification == null ? "" : classification.stage();
        String step = switch (stage) {
            case "SELF_ASSESSED" -> classification.selfGrade() == null ? null : "propose";
            case "PROPOSED" -> "decide";
            default -> null;
        };
        return new UnitQueueRow(unit, classification, conditions, step);
    }

    /** The row as one who grades nothing sees it. */
    UnitQueueRow withoutStep() {
        return new UnitQueueRow(unit, classification, conditions, null);
    }

    /** The grade the step gives: the unit's own at the proposal, the one proposed at the decision. */
    public String grade() {
        return "propose".equals(step)
                ? classification.selfGrade()
                : "decide".equals(step) ? classification.proposedGrade() : null;
    }

    public String conditionsText() {
        return conditions == null ? "" : conditions.summary();
    }

    public boolean conditionsHold() {
        return conditions != null && conditions.hold();
    }
}
