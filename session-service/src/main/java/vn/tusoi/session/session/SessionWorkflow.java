package vn.tusoi.session.session;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.tusoi.session.session.ReviewSession.Status;

/**
 * The life of a review session: the unit reports it (DRAFT or HELD), submits it to the superior committee, which
 * approves it (locking it) or returns it for rework; a returned session is corrected and submitted again.
 *
 * <pre>
 * DRAFT --edit--> HELD --submit--> SUBMITTED --approve--> APPROVED (locked)
 *                  ^                   |
 *                  +--edit-- RETURNED <+ return
 *                            RETURNED --submit--> SUBMITTED
 * </pre>
 */
public final class SessionWorkflow {

    public enum Action {
        SUBMIT, APPROVE, RETURN
    }

    private static final Map<Action, Set<Status>> ALLOWED_FROM = Map.of(
            Action.SUBMIT, EnumSet.of(Status.HELD, Status.RETURNED),
            Action.APPROVE, EnumSet.of(Status.SUBMITTED),
            Action.RETURN, EnumSet.of(Status.SUBMITTED));

    private static final Map<Action, Status> RESULT = Map.of(
            Action.SUBMIT, Status.SUBMITTED,
            Action.APPROVE, Status.APPROVED,
            Action.RETURN, Status.RETURNED);

    /** Statuses in which the unit may still change what it reported. */
    private static final Set<Status> EDITABLE = EnumSet.of(Status.DRAFT, Status.HELD, Status.RETURNED);

    private SessionWorkflow() {
    }

    public static boolean allows(Status from, Action action) {
        return ALLOWED_FROM.get(action).contains(from);
    }

    /** The status the action leads to, or null if it is not allowed from {@code from}. */
    public static Status next(Status from, Action action) {
        return allows(from, action) ? RESULT.get(action) : null;
    }

    public static Set<Status> allowedFrom(Action action) {
        return ALLOWED_FROM.get(action);
    }

    public static boolean isEditable(Status status) {
        return EDITABLE.contains(status);
    }
}
