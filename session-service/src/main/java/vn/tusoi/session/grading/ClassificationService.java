package vn.tusoi.session.grading;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.outbox.Outbox;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.events.ClassificationChanged;
import vn.tusoi.session.events.Topics;
import vn.tusoi.session.hierarchy.Access;
import vn.tusoi.session.hierarchy.UnitDirectory;
import vn.tusoi.session.indicator.Indicator;
import vn.tusoi.session.period.GradingPeriod;
import vn.tusoi.session.period.GradingPeriods;

/** Units' classifications for a period: self-assessed, proposed by the superior, decided by the committee, by QĐ 366's rules. */
@ApplicationScoped
@Transactional
public class ClassificationService {

    private final EntityManager em;
    private final UnitDirectory units;
    private final GradingMapper mapper;
    private final Outbox outbox;
    private final Access access;
    private final Preconditions preconditions;
    private final GradingSteps steps;
    private final Remediated remediated;
    private final Disciplined disciplined;
    private final ExcellentShare share;
    private final GradingPeriods periods;

    public ClassificationService(EntityManager em, UnitDirectory units, GradingMapper mapper, Outbox outbox,
            Access access, Preconditions preconditions, GradingSteps steps, Remediated remediated,
            Disciplined disciplined, ExcellentShare share, GradingPeriods periods) {
        this.em = em;
        this.units = units;
        this.mapper = mapper;
        this.outbox = outbox;
        this.access = access;
        this.preconditions = preconditions;
        this.steps = steps;
        this.remediated = remediated;
        this.disciplined = disciplined;
        this.share = share;
        this.periods = periods;
    }

    /** The unit assesses itself for a period, until its superior proposes a grade. */
    public UnitClassification selfAssess(String unitCode, String periodCode, Grading.Grade grade,
            ScorePoints points) {
        String period = periods.of(periodCode, "period").code();
        ScoreSheet score = points == null ? null : steps.sheet(points);
        Scores.requireWithin(grade, score, "grade");
        units.requireActive(unitCode, "code");
        access.requireCaptures(unitCode, "code");
        UnitClassification classification = em.find(UnitClassification.class,
                new UnitClassification.Key(unitCode, period));
        if (classification == null) {
            classification = new UnitClassification();
            classification.key = new UnitClassification.Key(unitCode, period);
            classification.grading = Grading.selfAssessed(grade);
            classification.grading.score = score;
            classification.version = 1;
            em.persist(classification);
        } else if (!classification.grading.mayReassess()) {
            throw new RuleViolation(409, "classification-graded", "stage",
                    "the classification is " + classification.grading.stage);
        } else {
            preconditions.require("classification of " + unitCode + " for " + period, classification.version);
            classification.grading = Grading.selfAssessed(grade);
            classification.grading.score = score;
            classification.version++;
        }
        published(classification);
        return classification;
    }

    /** The superior proposes, or the committee decides, the unit's grade for the period. */
    public UnitClassification gradeClassification(String unitCode, String periodCode, Grading.Step step,
            Grading.Grade grade, ScorePoints points) {
        GradingPeriod period = periods.of(periodCode, "period");
        UnitClassification classification = classification(unitCode, period.code());
        access.requireSupervises(unitCode, "code");
        preconditions.require("classification of " + unitCode + " for " + period.code(), classification.version);
        GradingSteps.requireStep(classification.grading, step);
        Remediated.require(grade, remediated.openAtUnit(unitCode, period),
                "unit " + unitCode + " in " + period.code());
        Disciplined.require(grade, disciplined.ofUnit(unitCode, period), "unit " + unitCode);
        steps.scored(classification.grading, grade, points);
        if (step == Grading.Step.DECIDE && grade == Grading.Grade.EXCELLENT) {
            share.requireForUnit(unitCode, period.code());
        }
        GradingSteps.take(classification.grading, step, grade);
        classification.version++;
        published(classification);
        return classification;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitClassification classification(String unitCode, String periodCode) {
        String period = periods.of(periodCode, "period").code();
        access.requireSees(unitCode, "code");
        UnitClassification classification = em.find(UnitClassification.class,
                new UnitClassification.Key(unitCode, period));
        if (classification == null) {
            throw new RuleViolation(404, "classification-not-found", "period",
                    "unit " + unitCode + " has no classification for " + period);
        }
        return classification;
    }

    /** What an excellent grade of the unit for the period needs that this service can check, with its records. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GradeConditions conditions(String unitCode, String periodCode) {
        GradingPeriod period = periods.of(periodCode, "period");
        access.requireSees(unitCode, "code");
        List<Remediated.Open> open = remediated.openAtUnit(unitCode, period);
        List<Indicator.Status> targets = em.createQuery("SELECT i FROM Indicator i WHERE i.unitCode = ?1"
                + " AND i.period = ?2", Indicator.class).setParameter(1, unitCode)
                .setParameter(2, period.code()).getResultStream().map(Indicator::status).toList();
        int exceeded = (int) targets.stream().filter(status -> status == Indicator.Status.EXCEEDED).count();
        int met = exceeded + (int) targets.stream().filter(status -> status == Indicator.Status.MET).count();
        return new GradeConditions(open.isEmpty(), open, new GradeConditions.Targets(targets.size(), met, exceeded),
                disciplined.ofUnit(unitCode, period));
    }

    private void published(UnitClassification classification) {
        outbox.record(Topics.CLASSIFICATIONS, classification.key.unitCode() + "|" + classification.key.period(),
                ClassificationChanged.TYPE, mapper.toEvent(classification));
    }
}
