package vn.tusoi.session.session;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.tusoi.platform.outbox.Outbox;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.campaign.Campaign;
import vn.tusoi.session.campaign.CampaignService;
import vn.tusoi.session.events.SessionChanged;
import vn.tusoi.session.events.Topics;
import vn.tusoi.session.hierarchy.KnownUnit;
import vn.tusoi.session.hierarchy.UnitDirectory;

/** What a reported session must meet and how it is stored and announced, whether recorded alone, corrected or imported. */
@ApplicationScoped
class SessionReports {

    private static final Set<ReviewSession.Status> REPORTABLE = Set.of(ReviewSession.Status.DRAFT,
            ReviewSession.Status.HELD);

    private final SessionRepository sessions;
    private final CampaignService campaigns;
    private final UnitDirectory units;
    private final SessionMapper mapper;
    private final Outbox outbox;

    SessionReports(SessionRepository sessions, CampaignService campaigns, UnitDirectory units, SessionMapper mapper,
            Outbox outbox) {
        this.sessions = sessions;
        this.campaigns = campaigns;
        this.units = units;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    Campaign openCampaign(String code) {
        Campaign campaign = campaigns.get(code);
        if (campaign.status == Campaign.Status.CLOSED) {
            throw new RuleViolation(409, "campaign-closed", "code", "campaign " + code + " is closed");
        }
        return campaign;
    }

    /** The rules a reported session must meet, whether recorded alone or in bulk. */
    void check(Campaign campaign, SessionReport request) {
        KnownUnit unit = units.requireActive(request.unitCode(), "unitCode");
        if (!campaign.covers(unit)) {
            // moved into the campaign's scope a moment ago, perhaps
            unit = units.refreshed(unit, "unitCode");
        }
        if (!campaign.covers(unit)) {
            throw new RuleViolation(422, "unit-not-in-campaign-scope", "unitCode",
                    "unit " + unit.code + " (" + unit.kind
                            + ") is not in the scope of campaign " + campaign.code + ": units of kinds "
                            + campaign.scopeKinds + " under " + campaign.issuingUnitCode);
        }
        if (!REPORTABLE.contains(request.statusOrDefault())) {
            throw new RuleViolation(422, "session-status-not-reportable", "status",
                    "a session is reported as DRAFT or HELD; "
                            + request.statusOrDefault() + " is reached through submission and approval");
        }
        if (request.statusOrDefault() == ReviewSession.Status.HELD && request.heldOn() == null) {
            throw new RuleViolation(422, "held-on-missing", "heldOn", "a HELD session needs the date it was held");
        }
        if (request.heldOn() != null && request.heldOn().isAfter(LocalDate.now())) {
            throw new RuleViolation(422, "held-on-in-future", "heldOn",
                    "the date " + request.heldOn() + " is in the future");
        }
        if (request.attendance() != null && request.attendance().present() > request.attendance().expected()) {
            throw new RuleViolation(422, "attendance-above-expected", "attendance.present", "more members present ("
                    + request.attendance().present() + ") than expected (" + request.attendance().expected() + ")");
        }
    }

    ReviewSession create(Campaign campaign, SessionReport request) {
        ReviewSession session = new ReviewSession();
        session.id = UUID.randomUUID();
        session.campaign = campaign;
        session.version = 1;
        mapper.update(request, session);
        sessions.persist(session);
        published(session);
        return session;
    }

    void update(ReviewSession session, SessionReport request) {
        if (!SessionWorkflow.isEditable(session.status)) {
            throw new RuleViolation(409, "session-not-editable", "status",
                    "session " + session.id + " is " + session.status
                            + (session.status == ReviewSession.Status.APPROVED
                                    ? " and locked"
                                    : "; it must be returned first"));
        }
        mapper.update(request, session);
        session.version++;
        published(session);
    }

    boolean sameAs(ReviewSession session, SessionReport request) {
        ReviewSession reported = new ReviewSession();
        mapper.update(request, reported);
        // reporting HELD again for a session already submitted or approved is no change
        boolean sameStatus = session.status == reported.status || (reported.status == ReviewSession.Status.HELD
                && (session.status == ReviewSession.Status.SUBMITTED
                        || session.status == ReviewSession.Status.APPROVED));
        return sameStatus && session.kind == reported.kind
                && Objects.equals(session.heldOn, reported.heldOn) && Objects.equals(session.chair, reported.chair)
                && Objects.equals(session.delegates, reported.delegates)
                && Objects.equals(session.attendanceExpected, reported.attendanceExpected)
                && Objects.equals(session.attendancePresent, reported.attendancePresent)
                && Objects.equals(session.minutesSummary, reported.minutesSummary);
    }

    void published(ReviewSession session) {
        outbox.record(Topics.SESSIONS, session.id.toString(), SessionChanged.TYPE, mapper.toEvent(session));
    }
}
