package vn.tusoi.session.grading;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.outbox.Outbox;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.paging.Pages;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.campaign.Campaign;
import vn.tusoi.session.campaign.CampaignService;
import vn.tusoi.session.checklist.ChecklistContent;
import vn.tusoi.session.checklist.ChecklistService;
import vn.tusoi.session.checklist.ChecklistVersion;
import vn.tusoi.session.events.SelfReviewChanged;
import vn.tusoi.session.events.Topics;
import vn.tusoi.session.hierarchy.Access;
import vn.tusoi.session.hierarchy.KnownUnit;
import vn.tusoi.session.hierarchy.MemberDirectory;
import vn.tusoi.session.hierarchy.UnitDirectory;

/**
 * Members' self-reviews for a campaign: written by the member against the campaign's checklist, proposed by the
 * cell, decided by the committee, by QĐ 366's rules.
 */
@ApplicationScoped
@Transactional
public class SelfReviewService {

    static final Pattern REGISTRY_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,31}");

    private final EntityManager em;
    private final CampaignService campaigns;
    private final UnitDirectory units;
    private final MemberDirectory members;
    private final GradingMapper mapper;
    private final Outbox outbox;
    private final Access access;
    private final Preconditions preconditions;
    private final ChecklistService checklists;
    private final GradingSteps steps;
    private final Remediated remediated;
    private final Disciplined disciplined;
    private final ExcellentShare share;

    public SelfReviewService(EntityManager em, CampaignService campaigns, UnitDirectory units,
            MemberDirectory members, GradingMapper mapper, Outbox outbox, Access access, Preconditions preconditions,
            ChecklistService checklists, GradingSteps steps, Remediated remediated, Disciplined disciplined,
            ExcellentShare share) {
        this.em = em;
        this.campaigns = campaigns;
        this.units = units;
        this.members = members;
        this.mapper = mapper;
        this.outbox = outbox;
        this.access = access;
        this.preconditions = preconditions;
        this.checklists = checklists;
        this.steps = steps;
        this.remediated = remediated;
        this.disciplined = disciplined;
        this.share = share;
    }

    /** The member writes (or rewrites) their self-review, until the cell proposes a grade. */
    public SelfReview writeSelfReview(String campaignCode, String registryNo, SelfReviewDraft request) {
        if (!REGISTRY_NO.matcher(registryNo).matches()) {
            throw new RuleViolation(400, "registry-number-invalid", "registryNo",
                    "not a registry number: " + registryNo);
        }
        if (request.manifestations().stream().distinct().count() != request.manifestations().size()) {
            throw new RuleViolation(422, "manifestation-repeated", "manifestations",
                    "each manifestation is listed once");
        }
        Campaign campaign = campaigns.get(campaignCode);
        ChecklistVersion checklist = checklists.current(campaign.checklistId);
        ChecklistContent items = checklist.content();
        for (int i = 0; i < request.manifestations().size(); i++) {
            int number = request.manifestations().get(i);
            if (items.item(number).isEmpty()) {
                throw new RuleViolation(422, "manifestation-unknown", "manifestations[" + i + "]", "checklist "
                        + campaign.checklistId + " (version " + checklist.key.number() + ") has no item " + number);
            }
        }
        ScoreSheet score = request.score() == null ? null : steps.sheet(request.score());
        Scores.requireWithin(request.selfGrade(), score, "selfGrade");
        KnownUnit unit = units.requireActive(request.unitCode(), "unitCode");
        if (!unit.code.equals(campaign.issuingUnitCode) && !unit.isUnder(campaign.issuingUnitCode)) {
            throw new RuleViolation(422, "unit-not-in-campaign-scope", "unitCode",
                    "unit " + unit.code + " is not under "
                            + campaign.issuingUnitCode + ", which issued campaign " + campaign.code);
        }
        SelfReview review = findSelfReview(campaign, registryNo);
        access.requireSelfReviewAccess(registryNo, unit.code, true);
        if (review != null && !review.unitCode.equals(unit.code)) {
            access.requireSelfReviewAccess(registryNo, review.unitCode, true);
        }
        boolean own = access.isOwnSelfReview(registryNo);
        // only an active member of the cell has a self-review there: members reviewed never exceed the members
        members.requireActiveIn(registryNo, unit.code, "registryNo", own);
        if (review != null && review.writtenByMember && !own) {
            throw new RuleViolation(403, "self-review-members-own", "registryNo", "the member wrote this"
                    + " self-review: only the member rewrites it (the cell proposes a grade)");
        }
        if (review == null) {
            review = new SelfReview();
            review.id = UUID.randomUUID();
            review.campaign = campaign;
            review.registryNo = registryNo;
            review.version = 1;
        } else if (!review.grading.mayReassess()) {
            throw new RuleViolation(409, "self-review-graded", "stage", "the self-review is " + review.grading.stage
                    + ": the member can no longer change it");
        } else {
            preconditions.require("self-review of " + registryNo, review.version);
            review.version++;
        }
        review.unitCode = unit.code;
        review.writtenByMember |= own;
        review.checklistId = checklist.key.checklistId();
        review.checklistVersion = checklist.key.number();
        review.manifestations = request.manifestations().stream().sorted().toList();
        review.personalShortcomings = request.personalShortcomings();
        review.improvementPlan = request.improvementPlan();
        review.grading = Grading.selfAssessed(request.selfGrade());
        review.grading.score = score;
        if (review.version == 1) {
            em.persist(review);
        }
        published(review);
        return review;
    }

    /** The cell proposes, or the committee decides, the member's grade. */
    public SelfReview gradeSelfReview(String campaignCode, String registryNo, Grading.Step step, Grading.Grade grade,
            ScorePoints points) {
        SelfReview review = selfReview(campaignCode, registryNo);
        if (step == Grading.Step.PROPOSE) {
            access.requireCaptures(review.unitCode, "registryNo");
        } else {
            access.requireSupervises(review.unitCode, "registryNo");
        }
        preconditions.require("self-review of " + registryNo, review.version);
        GradingSteps.requireStep(review.grading, step);
        Remediated.require(grade, remediated.openOfMember(registryNo), "member " + registryNo);
        Disciplined.require(grade, disciplined.ofMember(registryNo, review.campaign),
                "member " + registryNo);
        steps.scored(review.grading, grade, points);
        if (step == Grading.Step.DECIDE && grade == Grading.Grade.EXCELLENT) {
            share.requireForMember(review.campaign, review.unitCode);
        }
        GradingSteps.take(review.grading, step, grade);
        review.version++;
        published(review);
        return review;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SelfReview selfReview(String campaignCode, String registryNo) {
        access.requireMayAskForSelfReview(registryNo);
        SelfReview review = findSelfReview(campaigns.get(campaignCode), registryNo);
        if (review == null) {
            throw RuleViolation.notFound("self-review of member", registryNo);
        }
        access.requireSelfReviewAccess(registryNo, review.unitCode, false);
        return review;
    }

    /** What an excellent grade of the member needs that this service can check, for those who may read the review. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GradeConditions conditions(String campaignCode, String registryNo) {
        SelfReview review = selfReview(campaignCode, registryNo);
        List<Remediated.Open> open = remediated.openOfMember(registryNo);
        return new GradeConditions(open.isEmpty(), open, null,
                disciplined.ofMember(registryNo, review.campaign));
    }

    /** The self-reviews of a cell's members for a campaign, for the cell's leadership and the committees above. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SelfReview> selfReviewsOf(String campaignCode, String unitCode, PageRequest page) {
        Campaign campaign = campaigns.get(campaignCode);
        access.requireSees(unitCode, "unitCode");
        String where = " FROM SelfReview r WHERE r.campaign = ?1 AND r.unitCode = ?2";
        return Pages.of(em.createQuery("SELECT r" + where + " ORDER BY r.registryNo", SelfReview.class),
                em.createQuery("SELECT count(r)" + where, Long.class), page, campaign, unitCode);
    }

    private SelfReview findSelfReview(Campaign campaign, String registryNo) {
        List<SelfReview> found = em.createQuery(
                "SELECT r FROM SelfReview r WHERE r.campaign = ?1 AND r.registryNo = ?2", SelfReview.class)
                .setParameter(1, campaign).setParameter(2, registryNo).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private void published(SelfReview review) {
        outbox.record(Topics.SELF_REVIEWS, review.campaign.code + "|" + review.registryNo, SelfReviewChanged.TYPE,
                mapper.toEvent(review));
    }
}
