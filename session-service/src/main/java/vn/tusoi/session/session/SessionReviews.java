package vn.tusoi.session.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.platform.rest.Problem;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.rest.WriteConflicts;

/**
 * A superior committee deciding several sessions in one request: each session in its own transaction, so that one
 * already decided, changed since it was read or gone is refused alone and the others still go through. A session
 * outside the committee's units refuses the whole request (403) before anything is decided.
 */
@ApplicationScoped
public class SessionReviews {

    private final SessionService sessions;

    public SessionReviews(SessionService sessions) {
        this.sessions = sessions;
    }

    /** One outcome per session, in the order asked: the session as decided, or the problem. */
    public record Outcome<T>(BulkDecision.Item item, T session, Problem problem) {
    }

    public <T> List<Outcome<T>> decide(BulkDecision decisions, String reviewer,
            Function<ReviewSession, T> view) {
        SessionWorkflow.Action action = decisions.decision() == BulkDecision.Decision.APPROVE
                ? SessionWorkflow.Action.APPROVE
                : SessionWorkflow.Action.RETURN;
        sessions.requireSupervisesAll(decisions.sessions().stream().map(BulkDecision.Item::id).toList());
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (BulkDecision.Item item : decisions.sessions()) {
            try {
                T decided = QuarkusTransaction.requiringNew().call(() -> view.apply(
                        sessions.transition(item.id(), action, decisions.reason(), reviewer, item.version())));
                outcomes.add(new Outcome<>(item, decided, null));
            } catch (RuleViolation e) {
                outcomes.add(new Outcome<>(item, null, e.problem()));
            } catch (RuntimeException e) {
                Optional<Problem> conflict = WriteConflicts.of(e);
                if (conflict.isEmpty()) {
                    throw e;
                }
                outcomes.add(new Outcome<>(item, null, conflict.get()));
            }
        }
        return outcomes;
    }
}
