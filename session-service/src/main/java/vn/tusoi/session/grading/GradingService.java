package vn.tusoi.session.grading;

import java.time.Year;
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
import vn.tusoi.session.events.ClassificationChanged;
import vn.tusoi.session.events.SelfReviewChanged;
import vn.tusoi.session.events.Topics;
import vn.tusoi.session.hierarchy.Access;
import vn.tusoi.session.hierarchy.KnownUnit;
import vn.tusoi.session.hierarchy.MemberDirectory;
import vn.tusoi.session.hierarchy.UnitDirectory;
import vn.tusoi.session.indicator.Indicator;

/** Members' self-reviews for a campaign and units' yearly classifications: self-assessed, proposed, decided. */
@ApplicationScoped
@Transactional
public class GradingService {

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
    private final Remediated remediated;
    private final Scores scores;
    private final Disciplined disciplined;
    private final ExcellentShare share;

    public GradingService(EntityManager em, CampaignService campaigns, UnitDirectory units, MemberDirectory members,
            GradingMapper mapper, Outbox outbox, Access access, Preconditions preconditions,
            ChecklistService checklists, Remediated remediated, Scores scores, Disciplined disciplined,
            ExcellentShare share) {
        this.share = share;
        this.disciplined = disciplined;
        this.scores = scores;
        this.checklists = checklists;
        this.remediated = remediated;
        this.members = members;
        this.access = access;
        this.preconditions = preconditions;
        this.em = em;
        this.campaigns = campaigns;
        this.units = units;
        this.mapper = mapper;
        this.outbox = outbox;
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
        ScoreSheet score = request.score() == null ? null : scores.sheet(request.score());
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
        Remediated.require(grade, remediated.openOfMember(registryNo), "member " + registryNo);
        Disciplined.require(grade, disciplined.ofMember(registryNo, review.campaign.startDate.getYear()),
                "member " + registryNo);
        scored(review.grading, grade, points);
        if (step == Grading.Step.DECIDE && grade == Grading.Grade.EXCELLENT) {
            share.requireForMember(review.campaign, review.unitCode);
        }
        take(review.grading, step, grade);
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

    /** The unit assesses itself for a year, until its superior proposes a grade. */
    public UnitClassification selfAssess(String unitCode, int year, Grading.Grade grade, ScorePoints points) {
        checkYear(year);
        ScoreSheet score = points == null ? null : scores.sheet(points);
        Scores.requireWithin(grade, score, "grade");
        units.requireActive(unitCode, "code");
        access.requireCaptures(unitCode, "code");
        UnitClassification classification = em.find(UnitClassification.class,
                new UnitClassification.Key(unitCode, year));
        if (classification == null) {
            classification = new UnitClassification();
            classification.key = new UnitClassification.Key(unitCode, year);
            classification.grading = Grading.selfAssessed(grade);
            classification.grading.score = score;
            classification.version = 1;
            em.persist(classification);
        } else if (!classification.grading.mayReassess()) {
            throw new RuleViolation(409, "classification-graded", "stage",
                    "the classification is " + classification.grading.stage);
        } else {
            preconditions.require("classification of " + unitCode + " for " + year, classification.version);
            classification.grading = Grading.selfAssessed(grade);
            classification.grading.score = score;
            classification.version++;
        }
        published(classification);
        return classification;
    }

    /** The superior proposes, or the committee decides, the unit's grade for the year. */
    public UnitClassification gradeClassification(String unitCode, int year, Grading.Step step,
            Grading.Grade grade, ScorePoints points) {
        UnitClassification classification = classification(unitCode, year);
        access.requireSupervises(unitCode, "code");
        preconditions.require("classification of " + unitCode + " for " + year, classification.version);
        Remediated.require(grade, remediated.openAtUnit(unitCode, year), "unit " + unitCode + " in " + year);
        Disciplined.require(grade, disciplined.ofUnit(unitCode, year), "unit " + unitCode);
        scored(classification.grading, grade, points);
        if (step == Grading.Step.DECIDE && grade == Grading.Grade.EXCELLENT) {
            share.requireForUnit(unitCode, year);
        }
        take(classification.grading, step, grade);
        classification.version++;
        published(classification);
        return classification;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitClassification classification(String unitCode, int year) {
        access.requireSees(unitCode, "code");
        UnitClassification classification = em.find(UnitClassification.class,
                new UnitClassification.Key(unitCode, year));
        if (classification == null) {
            throw new RuleViolation(404, "classification-not-found", "year",
                    "unit " + unitCode + " has no classification for " + year);
        }
        return classification;
    }

    /** What an excellent grade of the unit for the year needs that this service can check, with its records. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GradeConditions conditions(String unitCode, int year) {
        checkYear(year);
        access.requireSees(unitCode, "code");
        List<Remediated.Open> open = remediated.openAtUnit(unitCode, year);
        List<Indicator.Status> targets = em.createQuery("SELECT i FROM Indicator i WHERE i.unitCode = ?1"
                + " AND i.period = ?2", Indicator.class).setParameter(1, unitCode)
                .setParameter(2, String.valueOf(year)).getResultStream().map(Indicator::status).toList();
        int exceeded = (int) targets.stream().filter(status -> status == Indicator.Status.EXCEEDED).count();
        int met = exceeded + (int) targets.stream().filter(status -> status == Indicator.Status.MET).count();
        return new GradeConditions(open.isEmpty(), open, new GradeConditions.Targets(targets.size(), met, exceeded),
                disciplined.ofUnit(unitCode, year));
    }

    /** What an excellent grade of the member needs that this service can check, for those who may read the review. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GradeConditions conditions(String campaignCode, String registryNo) {
        SelfReview review = selfReview(campaignCode, registryNo);
        List<Remediated.Open> open = remediated.openOfMember(registryNo);
        return new GradeConditions(open.isEmpty(), open, null,
                disciplined.ofMember(registryNo, review.campaign.startDate.getYear()));
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

    /** The step's score sheet, if it gives one, replaces the last; the grade may not be above what the sheet allows. */
    private void scored(Grading grading, Grading.Grade grade, ScorePoints points) {
        ScoreSheet score = points == null ? grading.score : scores.sheet(points);
        Scores.requireWithin(grade, score, "grade");
        grading.score = score;
    }

    private static void take(Grading grading, Grading.Step step, Grading.Grade grade) {
        if (!grading.take(step, grade)) {
            throw new RuleViolation(409, "grading-step-not-allowed", "stage",
                    "a grade can be " + step.name().toLowerCase() + "d at stage "
                            + step.from() + "; this one is " + grading.stage);
        }
    }

    private static void checkYear(int year) {
        if (year < 1930 || year > Year.now().getValue() + 1) {
            throw new RuleViolation(400, "year-invalid", "year", "not a year a classification can be for: " + year);
        }
    }

    private void published(SelfReview review) {
        outbox.record(Topics.SELF_REVIEWS, review.campaign.code + "|" + review.registryNo, SelfReviewChanged.TYPE,
                mapper.toEvent(review));
    }

    private void published(UnitClassification classification) {
        outbox.record(Topics.CLASSIFICATIONS, classification.key.unitCode() + "|" + classification.key.year(),
                ClassificationChanged.TYPE, mapper.toEvent(classification));
    }
}
