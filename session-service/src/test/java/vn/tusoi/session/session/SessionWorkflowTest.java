package vn.tusoi.session.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tusoi.session.session.ReviewSession.Status;
import vn.tusoi.session.session.SessionWorkflow.Action;

class SessionWorkflowTest {

    /** Every status × action: the resulting status, or null where the step is refused. */
    @Test
    void everyTransitionAndEveryRefusal() {
        Map<Status, Map<Action, Status>> expected = new EnumMap<>(Status.class);
        expected.put(Status.DRAFT, row(null, null, null));
        expected.put(Status.HELD, row(Status.SUBMITTED, null, null));
        expected.put(Status.SUBMITTED, row(null, Status.APPROVED, Status.RETURNED));
        expected.put(Status.APPROVED, row(null, null, null));
        expected.put(Status.RETURNED, row(Status.SUBMITTED, null, null));
        for (Status from : Status.values()) {
            for (Action action : Action.values()) {
                assertEquals(expected.get(from).get(action), SessionWorkflow.next(from, action), from + " " + action);
            }
        }
    }

    @Test
    void onlyTheUnitsOwnStatusesAreEditable() {
        for (Status status : Status.values()) {
            boolean editable = status == Status.DRAFT || status == Status.HELD || status == Status.RETURNED;
            assertEquals(editable, SessionWorkflow.isEditable(status), status.name());
        }
    }

    private static Map<Action, Status> row(Status submit, Status approve, Status returned) {
        Map<Action, Status> row = new EnumMap<>(Action.class);
        row.put(Action.SUBMIT, submit);
        row.put(Action.APPROVE, approve);
        row.put(Action.RETURN, returned);
        return row;
    }
}
