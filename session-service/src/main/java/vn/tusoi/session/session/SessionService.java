package vn.tusoi.session.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.outbox.Outbox;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.paging.Pages;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.campaign.Campaign;
import vn.tusoi.session.campaign.CampaignService;
import vn.tusoi.session.events.SessionChanged;
import vn.tusoi.session.events.Topics;
import vn.tusoi.session.hierarchy.Access;
import vn.tusoi.session.hierarchy.KnownUnit;
import vn.tusoi.session.hierarchy.UnitDirectory;
import vn.tusoi.session.session.ImportReport.RowError;

/** Recording review sessions: one per unit per campaign, for units the campaign covers. */
@ApplicationScoped
@Transactional
public class SessionService {

    public static final int MAX_IMPORT_ROWS = 10_000;
    private static final Set<ReviewSession.Status> REPORTABLE = Set.of(ReviewSession.Status.DRAFT,
            ReviewSession.Status.HELD);

    private final SessionRepository sessions;
    private final CampaignService campaigns;
    private final UnitDirectory units;
    private final SessionMapper mapper;
    private final Outbox outbox;
    private final Validator validator;
    private final Access access;
    private final Preconditions preconditions;

    public SessionService(SessionRepository sessions, CampaignService campaigns, UnitDirectory units,
            SessionMapper mapper, Outbox outbox, Validator validator, Access access, Preconditions preconditions) {
        this.access = access;
        this.preconditions = preconditions;
        this.sessions = sessions;
        this.campaigns = campaigns;
        this.units = units;
        this.mapper = mapper;
        this.outbox = outbox;
        this.validator = validator;
    }

    /** Records a new session; a second one for the same unit is a conflict. */
    public ReviewSession record(String campaignCode, SessionReport request) {
        Campaign campaign = openCampaign(campaignCode);
        check(campaign, request);
        access.requireCaptures(request.unitCode(), "unitCode");
        sessions.find(campaign, request.unitCode()).ifPresent(existing -> {
            throw new RuleViolation(409, "session-exists", "unitCode",
                    "unit " + request.unitCode() + " already has session "
                            + existing.id + " for campaign " + campaignCode);
        });
        return create(campaign, request);
    }

    /** Bulk upsert by (campaign, unit); bad rows are reported, good ones saved (unless dryRun). */
    public ImportReport importSessions(String campaignCode, List<SessionReport> rows, boolean dryRun) {
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw new RuleViolation(413, "body", "at most " + MAX_IMPORT_ROWS + " sessions per import, got "
                    + rows.size());
        }
        Campaign campaign = openCampaign(campaignCode);
        units.learn(rows.stream().filter(Objects::nonNull).map(SessionReport::unitCode).toList(), "unitCode");
        // one row outside the caller's units refuses the whole import: nothing is written
        for (int i = 0; i < rows.size(); i++) {
            SessionReport row = rows.get(i);
            if (row != null && row.unitCode() != null) {
                access.requireCapturesKnown(row.unitCode(), "[" + i + "].unitCode");
            }
        }
        // the sessions the rows may update, read at once: a query per row would flush the growing batch each time
        Map<String, ReviewSession> existingByUnit = sessions.ofUnits(campaign, rows.stream().filter(Objects::nonNull)
                .map(SessionReport::unitCode).filter(Objects::nonNull).distinct().toList());
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            SessionReport row = rows.get(i);
            String unitCode = row == null ? null : row.unitCode();
            try {
                validate(row);
                if (!seen.add(row.unitCode())) {
                    throw new RuleViolation(422, "row-repeated", "unitCode",
                            "unit " + unitCode + " appears twice in the batch");
                }
                check(campaign, row);
                ReviewSession existing = existingByUnit.get(row.unitCode());
                if (existing == null) {
                    create(campaign, row);
                    created++;
                } else if (sameAs(existing, row)) {
                    unchanged++;
                } else {
                    update(existing, row);
                    updated++;
                }
            } catch (RuleViolation e) {
                errors.add(new RowError(i, unitCode, e.field(), e.getMessage()));
            }
        }
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return new ImportReport(created, updated, unchanged, errors, dryRun, !dryRun);
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
        check(session.campaign, request);
        update(session, request);
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
        published(session);
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

    private Campaign openCampaign(String code) {
        Campaign campaign = campaigns.get(code);
        if (campaign.status == Campaign.Status.CLOSED) {
            throw new RuleViolation(409, "campaign-closed", "code", "campaign " + code + " is closed");
        }
        return campaign;
    }

    private void validate(SessionReport row) {
        if (row == null) {
            throw new RuleViolation(400, "row", "must be an object");
        }
        for (ConstraintViolation<SessionReport> violation : validator.validate(row)) {
            throw new RuleViolation(400, violation.getPropertyPath().toString(), violation.getMessage());
        }
    }

    /** The rules a reported session must meet, whether recorded alone or in bulk. */
    private void check(Campaign campaign, SessionReport request) {
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

    private ReviewSession create(Campaign campaign, SessionReport request) {
        ReviewSession session = new ReviewSession();
        session.id = UUID.randomUUID();
        session.campaign = campaign;
        session.version = 1;
        mapper.update(request, session);
        sessions.persist(session);
        published(session);
        return session;
    }

    private void update(ReviewSession session, SessionReport request) {
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

    private boolean sameAs(ReviewSession session, SessionReport request) {
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

    private void published(ReviewSession session) {
        outbox.record(Topics.SESSIONS, session.id.toString(), SessionChanged.TYPE, mapper.toEvent(session));
    }
}
