package vn.tusoi.session.remediation;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.paging.Pages;
import vn.tusoi.platform.query.LikePattern;
import vn.tusoi.session.hierarchy.Access;

/** The follow-up lists: what is open, or overdue, at a unit and every unit under it. */
@ApplicationScoped
public class FollowUpQueries {

    private final EntityManager em;
    private final Access access;

    public FollowUpQueries(EntityManager em, Access access) {
        this.em = em;
        this.access = access;
    }

    /** Shortcomings of a status at a unit and every unit under it, oldest review first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Shortcoming> underUnit(String unitCode, Shortcoming.Status status, PageRequest page) {
        access.requireSees(unitCode, "code");
        String where = " FROM Shortcoming s WHERE s.status = ?1 AND (s.unitCode = ?2 OR s.unitCode IN"
                + " (SELECT k.code FROM KnownUnit k WHERE k.ancestors LIKE ?3" + LikePattern.ESCAPE + "))";
        return Pages.of(em.createQuery("SELECT s" + where + " ORDER BY s.session.heldOn, s.id", Shortcoming.class),
                em.createQuery("SELECT count(s)" + where, Long.class), page, status, unitCode,
                LikePattern.containing("/" + unitCode + "/"));
    }

    /** Actions past their due date and not done, of open shortcomings at a unit and under it, most overdue first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RemediationAction> overdueUnder(String unitCode, LocalDate today, PageRequest page) {
        access.requireSees(unitCode, "code");
        String where = " FROM RemediationAction a WHERE a.dueOn < ?1 AND a.status IN ?2 AND a.shortcoming.status = ?3"
                + " AND (a.unitCode = ?4 OR a.unitCode IN (SELECT k.code FROM KnownUnit k WHERE k.ancestors LIKE ?5"
                + LikePattern.ESCAPE + "))";
        return Pages.of(em.createQuery("SELECT a" + where + " ORDER BY a.dueOn, a.id", RemediationAction.class),
                em.createQuery("SELECT count(a)" + where, Long.class), page, today,
                List.of(RemediationAction.Status.PLANNED, RemediationAction.Status.IN_PROGRESS),
                Shortcoming.Status.OPEN, unitCode, LikePattern.containing("/" + unitCode + "/"));
    }
}
