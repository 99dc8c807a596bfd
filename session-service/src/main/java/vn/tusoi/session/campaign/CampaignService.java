package vn.tusoi.session.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.outbox.Outbox;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.paging.Pages;
import vn.tusoi.platform.query.LikePattern;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.checklist.Checklist;
import vn.tusoi.session.checklist.ChecklistService;
import vn.tusoi.session.events.CampaignChanged;
import vn.tusoi.session.events.Topics;
import vn.tusoi.session.hierarchy.Access;
import vn.tusoi.session.hierarchy.UnitDirectory;
import vn.tusoi.session.period.GradingPeriods;

@ApplicationScoped
@Transactional
public class CampaignService {

    private final CampaignRepository campaigns;
    private final UnitDirectory units;
    private final CampaignMapper mapper;
    private final Outbox outbox;
    private final Access access;
    private final Preconditions preconditions;
    private final ChecklistService checklists;
    private final GradingPeriods periods;

    public CampaignService(CampaignRepository campaigns, UnitDirectory units, CampaignMapper mapper, Outbox outbox,
            Access access, Preconditions preconditions, ChecklistService checklists, GradingPeriods periods) {
        this.checklists = checklists;
        this.periods = periods;
        this.access = access;
        this.preconditions = preconditions;
        this.campaigns = campaigns;
        this.units = units;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    /** Issues a campaign as planned (a new, unsaved campaign). */
    public Campaign create(Campaign campaign) {
        if (campaign.deadline.isBefore(campaign.startDate)) {
            throw new RuleViolation(422, "deadline-before-start", "deadline", "the deadline " + campaign.deadline
                    + " is before the start date " + campaign.startDate);
        }
        units.requireActive(campaign.issuingUnitCode, "issuingUnitCode");
        if (campaign.checklistId == null) {
            campaign.checklistId = Checklist.DEFAULT;
        }
        checklists.requireExists(campaign.checklistId, "checklistId");
        campaign.gradingPeriod = campaign.gradingPeriod == null
                ? String.valueOf(campaign.deadline.getYear())
                : periods.named(campaign.gradingPeriod, "gradingPeriod").code();
        access.requireCaptures(campaign.issuingUnitCode, "issuingUnitCode");
        if (campaigns.findByCode(campaign.code).isPresent()) {
            throw new RuleViolation(409, "campaign-exists", "code", "campaign " + campaign.code + " already exists");
        }
        campaigns.persist(campaign);
        outbox.record(Topics.CAMPAIGNS, campaign.code, CampaignChanged.TYPE, mapper.toEvent(campaign));
        return campaign;
    }

    /** Closes the campaign: no more sessions are recorded for it. Closing a closed campaign changes nothing. */
    public Campaign close(String code) {
        Campaign campaign = get(code);
        access.requireCaptures(campaign.issuingUnitCode, "code");
        preconditions.require("campaign " + code, campaign.version);
        if (campaign.status != Campaign.Status.CLOSED) {
            campaign.status = Campaign.Status.CLOSED;
            campaign.version++;
            outbox.record(Topics.CAMPAIGNS, campaign.code, CampaignChanged.TYPE, mapper.toEvent(campaign));
        }
        return campaign;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Campaign> issuedBy(String issuingUnitCode, PageRequest page) {
        return Pages.of(issuedBy(issuingUnitCode), page);
    }

    private PanacheQuery<Campaign> issuedBy(String issuingUnitCode) {
        Sort newestFirst = Sort.by("startDate").descending().and("code");
        if (access.caller().isAdmin()) {
            return issuingUnitCode == null
                    ? campaigns.findAll(newestFirst)
                    : campaigns.find("issuingUnitCode", newestFirst, issuingUnitCode);
        }
        // the campaigns that concern the caller: issued at or above their unit, or under it
        String root = access.caller().viewRoot().orElseThrow();
        String under = LikePattern.containing("/" + root + "/");
        String visible = "(issuingUnitCode in ?1 or issuingUnitCode in"
                + " (select k.code from KnownUnit k where k.ancestors like ?2" + LikePattern.ESCAPE + "))";
        return issuingUnitCode == null
                ? campaigns.find(visible, newestFirst, access.unitsAboveView(), under)
                : campaigns.find(visible + " and issuingUnitCode = ?3", newestFirst, access.unitsAboveView(),
                        under, issuingUnitCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Campaign get(String code) {
        Campaign campaign = campaigns.findByCode(code).orElseThrow(() -> RuleViolation.notFound("campaign", code));
        if (!access.concernedByCampaignsOf(campaign.issuingUnitCode)) {
            throw new RuleViolation(403, "out-of-scope", "code",
                    "campaign " + campaign.code + " is outside the units you may read");
        }
        return campaign;
    }
}
