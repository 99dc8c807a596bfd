package vn.tusoi.session.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.paging.Pages;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.campaign.Campaign;
import vn.tusoi.session.campaign.CampaignService;
import vn.tusoi.session.hierarchy.Access;

/**
 * Review sessions: recorded one per unit per campaign for units the campaign covers, corrected while they are the
 * unit's, submitted, approved or returned; and read. The bulk import is {@link SessionImport}'s.
 */
@ApplicationScoped
@Transactional
public class SessionService {

    private final SessionRepository sessions;
    private final CampaignService campaigns;
    private final SessionReports reports;
    private final Access access;
    private final Preconditions preconditions;

    public SessionService(SessionRepository sessions, CampaignService campaigns, SessionReports reports,
            Access access, Preconditions preconditions) {
        this.sessions = sessions;
        this.campaigns = campaigns;
        this.reports = reports;
        this.access = access;
        this.preconditions = preconditions;
    }

    /** Records a new session; a second one for the same unit is a conflict. */
    public ReviewSession record(String campaignCode, SessionReport request) {
        Campaign campaign = reports.openCampaign(campaignCode);
        reports.check(campaign, request);
        access.requireCaptures(request.unitCode(), "unitCode");
        sessions.find(campaign, request.unitCode()).ifPresent(existing -> {
            throw new RuleViolation(409, "session-exists", "unitCode",
                    "unit " + request.unitCode() + " already has session "
                            + existing.id + " for campaign " + campaignCode);
        });
        return reports.create(campaign, request);
    }

    /** Replaces what the unit reported, while the session is still the unit's to change. */
    public ReviewSession edit(UUID id, SessionReport request) {
        ReviewSession session = get(id);
        access.requireCaptures(session.unitCode, "id");
        preconditions.require("session " + id, session.version);
        if (!session.unitCode.equals(request.unitCode())) {
            throw new RuleViolation(422, "session-of-another-unit", "unitCode",
                    "session " + id + " belongs to unit " + session.unitCode);
        }
        reports.check(session.campaign, request);
        reports.update(session, request);
        return session;
    }

    /** Submits, approves or returns a session; a step the workflow does not allow from its status is a conflict. */
    public ReviewSession transition(UUID id, SessionWorkflow.Action action, String note, String reviewer) {
        return transition(id, action, note, reviewer, null);
    }

    /** As {@link #transition(UUID, SessionWorkflow.Action, String, String)}, of the version the caller read. */
    public ReviewSession transition(UUID id, SessionWorkflow.Action action, String note, String reviewer,
            Long expectedVersion) {
        ReviewSession session = get(id);
        if (action == SessionWorkflow.Action.SUBMIT) {
            access.requireCaptures(session.unitCode, "id");
        } else {
            access.requireSupervises(session.unitCode, "id");
        }
        preconditions.require("session " + id, session.version);
        if (expectedVersion != null && expectedVersion != session.version) {
            throw new RuleViolation(412, "version-mismatch", "version", "session " + id + " is at version "
                    + session.version + ", not " + expectedVersion + ": it was changed since you read it");
        }
        ReviewSession.Status next = SessionWorkflow.next(session.status, action);
        if (next == null) {
            throw new RuleViolation(409, "session-step-not-allowed", "status",
                    "cannot " + action.name().toLowerCase() + " a session that is "
                            + session.status + " (allowed from " + SessionWorkflow.allowedFrom(action) + ")");
        }
        if (action == SessionWorkflow.Action.RETURN && (note == null || note.isBlank())) {
            throw new RuleViolation(422, "return-reason-missing", "reason",
                    "a returned session needs the reason, for the unit to act on");
        }
        if (action == SessionWorkflow.Action.SUBMIT) {
            session.submittedAt = OffsetDateTime.now();
        } else {
            session.reviewNote = note;
            session.reviewedBy = reviewer;
            session.reviewedAt = OffsetDateTime.now();
        }
        session.status = next;
        session.version++;
        reports.published(session);
        return session;
    }

    /**
     * Refuses a decision on several sessions when one of them lies outside the committee's units, before any is
     * decided (as an import is refused whole); sessions that do not exist are left to be answered one by one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireSupervisesAll(List<UUID> ids) {
        for (int i = 0; i < ids.size(); i++) {
            ReviewSession session = sessions.findById(ids.get(i));
            if (session != null) {
                access.requireSupervises(session.unitCode, "sessions[" + i + "].id");
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewSession get(UUID id) {
        ReviewSession session = sessions.findById(id);
        if (session == null) {
            throw RuleViolation.notFound("session", id.toString());
        }
        access.requireSees(session.unitCode, "id");
        return session;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewSession> ofCampaign(String campaignCode, PageRequest page) {
        return Pages.of(sessions.ofCampaign(campaigns.get(campaignCode), access.caller().viewRoot()), page);
    }

    /** The campaign's session of one unit, as a list of none or one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewSession> ofCampaignAt(String campaignCode, String unitCode, PageRequest page) {
        Campaign campaign = campaigns.get(campaignCode);
        access.requireSees(unitCode, "unitCode");
        return Pages.of(sessions.find("campaign = ?1 and unitCode = ?2", campaign, unitCode), page);
    }

    /**
     * The sessions of the units strictly below a unit, oldest submission first: a superior committee's queue when
     * filtered by {@code SUBMITTED}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewSession> below(String unitCode, SessionFilter filter, PageRequest page) {
        access.requireSees(unitCode, "code");
        if (filter.campaignCode() != null) {
            campaigns.get(filter.campaignCode());
        }
        return Pages.of(sessions.below(unitCode, filter), page);
    }

}
