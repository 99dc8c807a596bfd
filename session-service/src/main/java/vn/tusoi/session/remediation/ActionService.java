package vn.tusoi.session.remediation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.hierarchy.Access;

/**
 * Remediation actions followed one by one: the unit reports progress up to DONE, the superior verifies (and the
 * shortcoming resolves once every action is verified) or reopens; past their due date undone, they are announced
 * overdue once.
 */
@ApplicationScoped
@Transactional
public class ActionService {

    /** Held by the overdue check while it runs ("overdue" in ASCII). */
    public static final long OVERDUE_LOCK = 0x6f7665726475L;

    private final EntityManager em;
    private final Access access;
    private final Preconditions preconditions;
    private final RemediationEvents events;

    public ActionService(EntityManager em, Access access, Preconditions preconditions, RemediationEvents events) {
        this.em = em;
        this.access = access;
        this.preconditions = preconditions;
        this.events = events;
    }

    /** The unit's report on an action: forward moves up to DONE, progress, notes. */
    public RemediationAction report(UUID actionId, ActionProgress update) {
        RemediationAction action = openAction(actionId);
        access.requireCaptures(action.unitCode, "id");
        preconditions.require("action " + actionId, action.version);
        if (update.status() != null && update.status() != action.status) {
            if (!RemediationAction.unitMayMove(action.status, update.status())) {
                throw new RuleViolation(409, "action-step-not-allowed", "status",
                        "an action that is " + action.status + " cannot be set to "
                                + update.status() + (update.status() == RemediationAction.Status.VERIFIED
                                        ? " by the unit: the superior committee verifies it"
                                        : ""));
            }
            action.status = update.status();
        }
        if (update.progressPercent() != null) {
            action.progressPercent = update.progressPercent();
        }
        if (action.status == RemediationAction.Status.DONE) {
            action.progressPercent = 100;
        }
        if (update.notes() != null) {
            action.notes = update.notes();
        }
        events.changed(action);
        return action;
    }

    /** The superior's check: a DONE action is VERIFIED, and the shortcoming resolves when all of them are. */
    public RemediationAction verify(UUID actionId) {
        RemediationAction action = actionIn(actionId, RemediationAction.Status.DONE, "verified");
        action.status = RemediationAction.Status.VERIFIED;
        events.changed(action);
        Shortcoming shortcoming = action.shortcoming;
        if (shortcoming.allActionsVerified()) {
            shortcoming.status = Shortcoming.Status.RESOLVED;
        }
        shortcoming.version++;
        events.published(shortcoming);
        return action;
    }

    /** The superior found that a DONE action did not work: back to IN_PROGRESS, with why. */
    public RemediationAction reopen(UUID actionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(422, "reopen-reason-missing", "reason", "a reopened action needs the reason");
        }
        RemediationAction action = actionIn(actionId, RemediationAction.Status.DONE, "reopened");
        action.status = RemediationAction.Status.IN_PROGRESS;
        action.notes = reason;
        events.changed(action);
        return action;
    }

    /** Announces, once and on one replica, each action that has passed its due date undone; returns how many. */
    public int announceOverdue(LocalDate today) {
        // one replica at a time: another that finds the lock taken leaves this round to the holder
        if (!(Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, OVERDUE_LOCK)
                .getSingleResult()) {
            return 0;
        }
        List<RemediationAction> overdue = em.createQuery("SELECT a FROM RemediationAction a"
                + " WHERE a.dueOn < ?1 AND a.status IN ?2 AND a.overdueSince IS NULL AND a.shortcoming.status = ?3",
                RemediationAction.class).setParameter(1, today)
                .setParameter(2, List.of(RemediationAction.Status.PLANNED, RemediationAction.Status.IN_PROGRESS))
                .setParameter(3, Shortcoming.Status.OPEN).getResultList();
        for (RemediationAction action : overdue) {
            action.overdueSince = today;
            action.version++;
            events.published(action, today);
        }
        return overdue.size();
    }

    private RemediationAction openAction(UUID actionId) {
        RemediationAction action = em.find(RemediationAction.class, actionId);
        if (action == null) {
            throw RuleViolation.notFound("action", actionId.toString());
        }
        access.requireSees(action.unitCode, "id");
        if (action.shortcoming.status != Shortcoming.Status.OPEN) {
            throw new RuleViolation(409, "shortcoming-not-open", "status",
                    "the shortcoming of action " + actionId + " is "
                            + action.shortcoming.status);
        }
        return action;
    }

    private RemediationAction actionIn(UUID actionId, RemediationAction.Status required, String verb) {
        RemediationAction action = openAction(actionId);
        access.requireSupervises(action.unitCode, "id");
        preconditions.require("action " + actionId, action.version);
        if (action.status != required) {
            throw new RuleViolation(409, "action-not-done", "status",
                    "only a " + required + " action is " + verb + "; this one is "
                            + action.status);
        }
        return action;
    }
}
