package vn.tusoi.session.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.tusoi.session.grading.Grading.Grade;
import vn.tusoi.session.grading.Grading.Stage;
import vn.tusoi.session.grading.Grading.Step;

class GradingTest {

    @Test
    void selfAssessedThenProposedThenDecided() {
        Grading grading = Grading.selfAssessed(Grade.EXCELLENT);
        assertTrue(grading.mayReassess());
        assertFalse(grading.take(Step.DECIDE, Grade.GOOD), "no decision before a proposal");
        assertTrue(grading.take(Step.PROPOSE, Grade.GOOD));
        assertFalse(grading.mayReassess());
        assertFalse(grading.take(Step.PROPOSE, Grade.COMPLETED), "proposed once");
        assertTrue(grading.take(Step.DECIDE, Grade.GOOD));
        assertFalse(grading.take(Step.DECIDE, Grade.EXCELLENT), "a decision is final");
        assertEquals(Stage.DECIDED, grading.stage);
        assertEquals(Grade.EXCELLENT, grading.selfGrade);
        assertEquals(Grade.GOOD, grading.proposedGrade);
        assertEquals(Grade.GOOD, grading.decidedGrade);
    }
}
