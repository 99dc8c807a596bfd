package vn.tusoi.session.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tusoi.session.remediation.RemediationAction.Status;

class RemediationActionTest {

    /** What the unit may set an action to, from each status; verification is the superior's, never the unit's. */
    @Test
    void theUnitMovesActionsForwardUpToDone() {
        Set<String> allowed = Set.of("PLANNED>IN_PROGRESS", "PLANNED>DONE", "IN_PROGRESS>DONE");
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                if (from != to) {
                    assertEquals(allowed.contains(from + ">" + to), RemediationAction.unitMayMove(from, to),
                            from + " > " + to);
                }
            }
        }
    }

    @Test
    void overdueIsPastDueAndNotDone() {
        LocalDate today = LocalDate.of(2023, 7, 1);
        for (Status status : Status.values()) {
            RemediationAction action = new RemediationAction();
            action.status = status;
            action.dueOn = LocalDate.of(2023, 6, 30);
            assertEquals(status == Status.PLANNED || status == Status.IN_PROGRESS, action.isOverdue(today));
            action.dueOn = today;
            assertEquals(false, action.isOverdue(today), "due today is not overdue yet");
        }
    }
}
