package vn.tusoi.session.grading;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.tusoi.platform.rest.Problem;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.campaign.Campaign;
import vn.tusoi.session.period.GradingPeriod;
import vn.tusoi.session.period.GradingPeriods;

/**
 * One disciplined in the period is graded at most "Hoàn thành nhiệm vụ" (COMPLETED). QĐ 124-QĐ/TW (repealed) set
 * such a rule; QĐ 366-QĐ/TW's own for individuals was not read (docs: grading.md), so this follows the rule
 * and the records an officer enters; it is checked when a grade is proposed and when it is decided.
 */
@ApplicationScoped
public class Disciplined {

    /** A decision as the refusal and the conditions list it. */
    public record Decision(UUID id, String decisionReference, LocalDate decidedOn) {
    }

    private final EntityManager em;
    private final GradingPeriods periods;

    public Disciplined(EntityManager em, GradingPeriods periods) {
        this.em = em;
        this.periods = periods;
    }

    /** The unit's decisions of the period (see {@link #decisions}). */
    public List<Decision> ofUnit(String unitCode, GradingPeriod period) {
        return decisions(em.createQuery("SELECT d FROM DisciplinaryRecord d WHERE d.unitCode = ?1"
                + " AND d.registryNo IS NULL AND d.year BETWEEN ?2 AND ?3 ORDER BY d.decidedOn",
                DisciplinaryRecord.class).setParameter(1, unitCode).setParameter(2, period.firstDay().getYear())
                .setParameter(3, period.lastDay().getYear()).getResultList(), period);
    }

    /** The member's decisions of the campaign's grading period (see {@link #decisions}). */
    public List<Decision> ofMember(String registryNo, Campaign campaign) {
        GradingPeriod period = periods.of(campaign.gradingPeriod, "campaign");
        return decisions(em.createQuery("SELECT d FROM DisciplinaryRecord d WHERE d.registryNo = ?1"
                + " AND d.year BETWEEN ?2 AND ?3 ORDER BY d.decidedOn", DisciplinaryRecord.class)
                .setParameter(1, registryNo).setParameter(2, period.firstDay().getYear())
                .setParameter(3, period.lastDay().getYear()).getResultList(), period);
    }

    /** Refuses a grade above COMPLETED over a decision of the period (422 {@code disciplined-in-period}). */
    public static void require(Grading.Grade grade, List<Decision> decisions, String whose) {
        if (decisions.isEmpty() || grade.compareTo(Grading.Grade.COMPLETED) >= 0) {
            return;
        }
        List<Problem.FieldError> listed = decisions.stream().map(d -> new Problem.FieldError("disciplinaryRecords",
                d.id() + " (" + d.decisionReference() + ", " + d.decidedOn() + ")")).toList();
        throw new RuleViolation(422, "disciplined-in-period", "grade", whose + " was disciplined in the period ("
                + decisions.get(0).decisionReference() + "): graded at most COMPLETED, not " + grade).listing(listed);
    }

    /**
     * The decisions of the period: a record is for a year, so for a year or a term every record of its years; for a
     * quarter or an occasion, those of its years decided within its days (a decision of September does not reach
     * back to the first quarter).
     */
    private static List<Decision> decisions(List<DisciplinaryRecord> records, GradingPeriod period) {
        boolean byYear = period.kind() == GradingPeriod.Kind.YEAR || period.kind() == GradingPeriod.Kind.TERM;
        return records.stream()
                .filter(r -> byYear
                        || !r.decidedOn.isBefore(period.firstDay()) && !r.decidedOn.isAfter(period.lastDay()))
                .map(r -> new Decision(r.id, r.decisionReference, r.decidedOn)).toList();
    }
}
