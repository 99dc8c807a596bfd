package vn.tusoi.session.grading;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.tusoi.platform.query.LikePattern;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.campaign.Campaign;
import vn.tusoi.session.hierarchy.KnownUnit;

/**
 * A cap on excellent grades, off unless a deployment sets {@code grading.excellent-share-cap-percent}: the members
 * decided "Hoàn thành xuất sắc nhiệm vụ" in one grassroots organisation (or the units under one committee, for a
 * period) may not exceed that share of those decided "Hoàn thành tốt nhiệm vụ". HD 21-HD/BTCTW (2019) set 20 %;
 * whether the rules in force keep it is not verified (docs: grading.md), hence off by default. Decisions in one
 * organisation are taken one at a time (a lock for the transaction), so two at once cannot both pass the cap.
 */
@ApplicationScoped
public class ExcellentShare {

    private static final Set<String> GRASSROOTS = Set.of("GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL");

    private final EntityManager em;
    private final Optional<Integer> capPercent;

    public ExcellentShare(EntityManager em,
            @ConfigProperty(name = "grading.excellent-share-cap-percent") Optional<Integer> capPercent) {
        this.em = em;
        this.capPercent = capPercent;
    }

    /** Refuses deciding one more member of the cell's grassroots organisation excellent beyond the cap. */
    public void requireForMember(Campaign campaign, String cellCode) {
        if (capPercent.isEmpty()) {
            return;
        }
        String organisation = grassrootsOf(cellCode);
        lock("member|" + campaign.code + "|" + organisation);
        List<Object[]> counts = em.createQuery("SELECT r.grading.decidedGrade, count(r) FROM SelfReview r, KnownUnit u"
                + " WHERE u.code = r.unitCode AND r.campaign = ?1 AND (u.code = ?2 OR u.ancestors LIKE ?3"
                + LikePattern.ESCAPE + ") AND r.grading.decidedGrade IN ?4 GROUP BY r.grading.decidedGrade",
                Object[].class).setParameter(1, campaign).setParameter(2, organisation)
                .setParameter(3, LikePattern.containing("/" + organisation + "/"))
                .setParameter(4, List.of(Grading.Grade.EXCELLENT, Grading.Grade.GOOD)).getResultList();
        require(counts, "the members of " + organisation);
    }

    /** Refuses deciding one more unit under the same committee excellent for the period beyond the cap. */
    public void requireForUnit(String unitCode, String period) {
        if (capPercent.isEmpty()) {
            return;
        }
        KnownUnit unit = em.find(KnownUnit.class, unitCode);
        String committee = unit == null || unit.parentCode == null ? unitCode : unit.parentCode;
        lock("unit|" + period + "|" + committee);
        List<Object[]> counts = em.createQuery("SELECT c.grading.decidedGrade, count(c) FROM UnitClassification c,"
                + " KnownUnit u WHERE u.code = c.key.unitCode AND u.parentCode = ?1 AND c.key.period = ?2"
                + " AND c.grading.decidedGrade IN ?3 GROUP BY c.grading.decidedGrade", Object[].class)
                .setParameter(1, committee).setParameter(2, period)
                .setParameter(3, List.of(Grading.Grade.EXCELLENT, Grading.Grade.GOOD)).getResultList();
        require(counts, "the units under " + committee + " for " + period);
    }

    private void require(List<Object[]> counts, String among) {
        long excellent = count(counts, Grading.Grade.EXCELLENT);
        long good = count(counts, Grading.Grade.GOOD);
        int cap = capPercent.get();
        if ((excellent + 1) * 100 > (long) cap * good) {
            throw new RuleViolation(422, "excellent-share-exceeded", "grade", among + " have " + excellent
                    + " decided excellent and " + good + " decided good: one more excellent would exceed " + cap
                    + " % of those good");
        }
    }

    private static long count(List<Object[]> counts, Grading.Grade grade) {
        return counts.stream().filter(row -> row[0] == grade).mapToLong(row -> ((Number) row[1]).longValue())
                .sum();
    }

    /** The grassroots organisation a cell belongs to: itself, or the nearest grassroots unit above it. */
    private String grassrootsOf(String cellCode) {
        KnownUnit cell = em.find(KnownUnit.class, cellCode);
        if (cell == null || GRASSROOTS.contains(cell.kind)) {
            return cellCode;
        }
        List<String> above = cell.ancestorCodes();
        for (int i = above.size() - 1; i >= 0; i--) {
            KnownUnit unit = em.find(KnownUnit.class, above.get(i));
            if (unit != null && GRASSROOTS.contains(unit.kind)) {
                return unit.code;
            }
        }
        return cellCode;
    }

    private void lock(String scope) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, scope).getSingleResult();
    }
}
