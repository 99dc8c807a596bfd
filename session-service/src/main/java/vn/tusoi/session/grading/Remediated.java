package vn.tusoi.session.grading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.tusoi.platform.rest.Problem;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.period.GradingPeriod;
import vn.tusoi.session.remediation.Shortcoming;

/**
 * QĐ 366-QĐ/TW (Art. 11(1)) grants "Hoàn thành xuất sắc nhiệm vụ" only to those who have remedied every shortcoming
 * found ("Đã khắc phục 100% các hạn chế, khuyết điểm"): the one condition of that grade this service can check from
 * its own records, at the moment a grade is proposed and when it is decided. A shortcoming is remedied when every
 * action taken on it is verified (RESOLVED); one carried over to a later review is not.
 */
@ApplicationScoped
public class Remediated {

    /** A shortcoming still open, as the refusal and the conditions list it. */
    public record Open(UUID id, UUID sessionId, LocalDate heldOn, String area, String status, String description) {
    }

    private final EntityManager em;

    public Remediated(EntityManager em) {
        this.em = em;
    }

    /**
     * The shortcomings raised at the unit in its sessions held in the period (those carried into it included: they
     * are raised again there) that are not resolved.
     */
    public List<Open> openAtUnit(String unitCode, GradingPeriod period) {
        return open(em.createQuery("SELECT s FROM Shortcoming s JOIN FETCH s.session r WHERE s.unitCode = ?1"
                + " AND r.heldOn >= ?2 AND r.heldOn < ?3 AND s.status <> ?4 ORDER BY r.heldOn, s.id",
                Shortcoming.class).setParameter(1, unitCode).setParameter(2, period.firstDay())
                .setParameter(3, period.lastDay().plusDays(1)).setParameter(4, Shortcoming.Status.RESOLVED)
                .getResultList());
    }

    /** The open shortcomings the member answers for personally (individual responsibility), wherever raised. */
    public List<Open> openOfMember(String registryNo) {
        return open(em.createQuery("SELECT s FROM Shortcoming s JOIN FETCH s.session r"
                + " WHERE s.responsibleMember = ?1 AND s.responsibility = ?2 AND s.status = ?3"
                + " ORDER BY r.heldOn, s.id", Shortcoming.class).setParameter(1, registryNo)
                .setParameter(2, Shortcoming.Responsibility.INDIVIDUAL).setParameter(3, Shortcoming.Status.OPEN)
                .getResultList());
    }

    /** Refuses an excellent grade over open shortcomings, listing each (422 {@code excellent-needs-remediation}). */
    public static void require(Grading.Grade grade, List<Open> open, String whose) {
        if (grade != Grading.Grade.EXCELLENT || open.isEmpty()) {
            return;
        }
        List<Problem.FieldError> listed = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            Open shortcoming = open.get(i);
            listed.add(new Problem.FieldError("shortcomings[" + i + "]", shortcoming.id() + " (" + shortcoming.area()
                    + ", " + shortcoming.status() + ", raised " + shortcoming.heldOn() + ")"));
        }
        throw new RuleViolation(422, "excellent-needs-remediation", "grade", "\"Hoàn thành xuất sắc nhiệm vụ\" needs"
                + " every shortcoming remedied (QĐ 366-QĐ/TW): " + whose + " has " + open.size() + " not resolved")
                .listing(listed);
    }

    private static List<Open> open(List<Shortcoming> shortcomings) {
        return shortcomings.stream().map(s -> new Open(s.id, s.session.id, s.session.heldOn, s.area.name(),
                s.status.name(), s.description)).toList();
    }
}
