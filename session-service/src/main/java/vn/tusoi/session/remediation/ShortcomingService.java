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
import vn.tusoi.session.session.ReviewSession;
import vn.tusoi.session.session.SessionService;
import vn.tusoi.session.session.SessionWorkflow;

/**
 * Shortcomings: named in a session with their causes and the actions committed to, corrected while the session is
 * the unit's, carried over into the unit's next review with the link to the original kept, and listed for follow-up.
 * The actions' own progress is {@link ActionService}'s.
 */
@ApplicationScoped
@Transactional
public class ShortcomingService {

    private final EntityManager em;
    private final SessionService sessions;
    private final ShortcomingMapper mapper;
    private final RemediationEvents events;
    private final Access access;
    private final Preconditions preconditions;

    public ShortcomingService(EntityManager em, SessionService sessions, ShortcomingMapper mapper,
            RemediationEvents events,
            Access access, Preconditions preconditions) {
        this.access = access;
        this.preconditions = preconditions;
        this.em = em;
        this.sessions = sessions;
        this.mapper = mapper;
        this.events = events;
    }

    public Shortcoming add(UUID sessionId, ShortcomingDraft request) {
        ReviewSession session = editableSession(sessionId);
        if (request.responsibilityOrDefault() == Shortcoming.Responsibility.INDIVIDUAL
                && (request.responsibleMember() == null || request.responsibleMember().isBlank())) {
            throw new RuleViolation(422, "responsible-member-missing", "responsibleMember",
                    "an individual responsibility names the member");
        }
        Shortcoming shortcoming = mapper.toEntity(request);
        shortcoming.id = UUID.randomUUID();
        shortcoming.session = session;
        shortcoming.unitCode = session.unitCode;
        shortcoming.status = Shortcoming.Status.OPEN;
        shortcoming.recurringOf = earlierInArea(shortcoming);
        shortcoming.version = 1;
        em.persist(shortcoming);
        if (request.actions() != null) {
            for (ShortcomingDraft.Action actionRequest : request.actions()) {
                addAction(shortcoming, mapper.toAction(actionRequest));
            }
        }
        events.published(shortcoming);
        return shortcoming;
    }

    /**
     * Corrects a shortcoming while its session is still the unit's to change (before approval): its fields and causes
     * are replaced, actions named by id are changed, the others added.
     */
    public Shortcoming edit(UUID id, ShortcomingDraft request) {
        Shortcoming shortcoming = get(id);
        editableSession(shortcoming.session.id);
        preconditions.require("shortcoming " + id, shortcoming.version);
        if (shortcoming.status != Shortcoming.Status.OPEN) {
            throw new RuleViolation(409, "shortcoming-not-open", "status", "shortcoming " + id + " is "
                    + shortcoming.status + "; only an open one is corrected");
        }
        check(request);
        List<ShortcomingDraft.Action> actions = request.actions() == null ? List.of() : request.actions();
        for (int i = 0; i < actions.size(); i++) {
            UUID actionId = actions.get(i).id();
            if (actionId != null && shortcoming.actions.stream().noneMatch(action -> action.id.equals(actionId))) {
                throw new RuleViolation(422, "action-not-in-shortcoming", "actions[" + i + "].id",
                        "action " + actionId + " is not one of shortcoming " + id + "'s");
            }
        }
        Shortcoming.Area area = shortcoming.area;
        mapper.update(request, shortcoming);
        if (shortcoming.area != area && shortcoming.carriedFrom == null) {
            shortcoming.recurringOf = earlierInArea(shortcoming);
        }
        shortcoming.causes.clear();
        if (request.causes() != null) {
            request.causes().stream().map(mapper::toCause).forEach(shortcoming.causes::add);
        }
        for (ShortcomingDraft.Action change : actions) {
            if (change.id() == null) {
                addAction(shortcoming, mapper.toAction(change));
                continue;
            }
            RemediationAction action = shortcoming.actions.stream().filter(a -> a.id.equals(change.id()))
                    .findFirst().orElseThrow();
            if (!action.description.equals(change.description()) || !action.owner.equals(change.owner())
                    || !action.dueOn.equals(change.dueOn())) {
                action.description = change.description();
                action.owner = change.owner();
                action.dueOn = change.dueOn();
                events.changed(action);
            }
        }
        shortcoming.version++;
        events.published(shortcoming);
        return shortcoming;
    }

    /** The latest shortcoming of the unit in the same area raised in a review held before this one's, if any. */
    private Shortcoming earlierInArea(Shortcoming shortcoming) {
        if (shortcoming.session.heldOn == null) {
            return null;
        }
        return em.createQuery("SELECT s FROM Shortcoming s WHERE s.unitCode = ?1 AND s.area = ?2"
                + " AND s.session.heldOn < ?3 ORDER BY s.session.heldOn DESC, s.id", Shortcoming.class)
                .setParameter(1, shortcoming.unitCode).setParameter(2, shortcoming.area)
                .setParameter(3, shortcoming.session.heldOn).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
    }

    /** Takes an open shortcoming over into a later session of the same unit, with its unverified actions. */
    public Shortcoming carryOver(UUID shortcomingId, UUID sessionId) {
        Shortcoming original = get(shortcomingId);
        preconditions.require("shortcoming " + shortcomingId, original.version);
        if (original.status != Shortcoming.Status.OPEN) {
            throw new RuleViolation(409, "shortcoming-not-open", "status",
                    "shortcoming " + shortcomingId + " is " + original.status
                            + "; only an open one is carried over");
        }
        ReviewSession target = editableSession(sessionId);
        if (!target.unitCode.equals(original.unitCode)) {
            throw new RuleViolation(422, "carry-over-other-unit", "sessionId",
                    "session " + sessionId + " is unit " + target.unitCode
                            + "'s; the shortcoming is unit " + original.unitCode + "'s");
        }
        if (target.campaign.id.equals(original.session.campaign.id)) {
            throw new RuleViolation(422, "carry-over-same-campaign", "sessionId",
                    "a shortcoming is carried over into a later review, not"
                            + " into the same campaign " + target.campaign.code);
        }
        Shortcoming carried = new Shortcoming();
        carried.id = UUID.randomUUID();
        carried.session = target;
        carried.unitCode = original.unitCode;
        carried.area = original.area;
        carried.description = original.description;
        carried.causes.addAll(original.causes);
        carried.rootCause = original.rootCause;
        carried.responsibility = original.responsibility;
        carried.responsibleMember = original.responsibleMember;
        carried.status = Shortcoming.Status.OPEN;
        carried.carriedFrom = original;
        carried.recurringOf = original.recurringOf;
        carried.version = 1;
        em.persist(carried);
        for (RemediationAction action : original.actions) {
            if (action.status != RemediationAction.Status.VERIFIED) {
                RemediationAction copy = new RemediationAction();
                copy.description = action.description;
                copy.owner = action.owner;
                copy.dueOn = action.dueOn;
                copy.status = action.status;
                copy.progressPercent = action.progressPercent;
                copy.notes = action.notes;
                copy.version = 1;
                addAction(carried, copy);
            }
        }
        original.status = Shortcoming.Status.CARRIED_OVER;
        original.version++;
        events.published(original);
        events.published(carried);
        return carried;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Shortcoming get(UUID id) {
        Shortcoming shortcoming = em.find(Shortcoming.class, id);
        if (shortcoming == null) {
            throw RuleViolation.notFound("shortcoming", id.toString());
        }
        access.requireSees(shortcoming.unitCode, "id");
        return shortcoming;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Shortcoming> ofSession(UUID sessionId) {
        return em.createQuery("SELECT s FROM Shortcoming s WHERE s.session = ?1 ORDER BY s.area, s.id",
                Shortcoming.class).setParameter(1, sessions.get(sessionId)).getResultList();
    }

    private static void check(ShortcomingDraft request) {
        if (request.responsibilityOrDefault() == Shortcoming.Responsibility.INDIVIDUAL
                && (request.responsibleMember() == null || request.responsibleMember().isBlank())) {
            throw new RuleViolation(422, "responsible-member-missing", "responsibleMember",
                    "an individual responsibility names the member");
        }
    }

    private ReviewSession editableSession(UUID sessionId) {
        ReviewSession session = sessions.get(sessionId);
        access.requireCaptures(session.unitCode, "sessionId");
        if (!SessionWorkflow.isEditable(session.status)) {
            throw new RuleViolation(409, "session-not-editable", "sessionId",
                    "session " + sessionId + " is " + session.status
                            + ": its shortcomings can no longer change");
        }
        return session;
    }

    private void addAction(Shortcoming shortcoming, RemediationAction action) {
        action.id = UUID.randomUUID();
        action.shortcoming = shortcoming;
        action.unitCode = shortcoming.unitCode;
        em.persist(action);
        shortcoming.actions.add(action);
        events.published(action, LocalDate.now());
    }

}
