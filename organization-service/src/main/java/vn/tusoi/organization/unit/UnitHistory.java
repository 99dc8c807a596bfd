package vn.tusoi.organization.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Every change of a unit goes through here: the state it had ends on the effective date, the new one starts then,
 * and the change is published. Reads "as of" a date come from the same versions.
 */
@ApplicationScoped
public class UnitHistory {

    private static final String IN_EFFECT = " AND v.effectiveFrom <= ?2 AND (v.effectiveTo IS NULL OR v.effectiveTo > ?2)"
            + " AND v.dissolved = false";

    private static final int SLICE = 1_000;

    private final EntityManager em;
    private final UnitEvents events;

    public UnitHistory(EntityManager em, UnitEvents events) {
        this.em = em;
        this.events = events;
    }

    /** Records a new unit's first state, in effect from the day it was established, and publishes it. */
    public void created(OrgUnit unit) {
        em.persist(UnitVersion.of(unit, unit.validFrom));
        events.changed(unit);
    }

    /** Records the unit's current state as in effect from the date, and publishes it. */
    public void changed(OrgUnit unit, LocalDate effective) {
        changed(List.of(unit), effective);
    }

    /**
     * Records each unit's current state as in effect from the date, and publishes it; their open versions are looked
     * up together (a moved subtree may hold thousands of units), before anything is written.
     */
    public void changed(List<OrgUnit> units, LocalDate effective) {
        List<String> codes = units.stream().map(unit -> unit.code).toList();
        Map<String, List<UnitVersion>> open = new HashMap<>();
        for (int from = 0; from < codes.size(); from += SLICE) {
            em.createQuery("SELECT v FROM UnitVersion v WHERE v.key.code IN ?1 AND v.effectiveTo IS NULL",
                    UnitVersion.class).setParameter(1, codes.subList(from, Math.min(codes.size(), from + SLICE)))
                    .getResultList()
                    .forEach(version -> open.computeIfAbsent(version.key.code(), c -> new ArrayList<>()).add(version));
        }
        for (OrgUnit unit : units) {
            for (UnitVersion previous : open.getOrDefault(unit.code, List.of())) {
                if (effective.isBefore(previous.effectiveFrom)) {
                    throw new RuleViolation(422, "effective-date-before-last-change", "effectiveDate",
                            "unit " + unit.code + " last changed on "
                                    + previous.effectiveFrom + "; a change cannot take effect before that");
                }
                previous.effectiveTo = effective;
            }
            em.persist(UnitVersion.of(unit, effective));
            events.changed(unit);
        }
    }

    public Optional<UnitVersion> asOf(String code, LocalDate date) {
        return em.createQuery("SELECT v FROM UnitVersion v WHERE v.key.code = ?1" + IN_EFFECT, UnitVersion.class)
                .setParameter(1, code).setParameter(2, date).getResultStream().findFirst();
    }

    public List<UnitVersion> childrenAsOf(String code, LocalDate date, PageRequest page) {
        return em.createQuery("SELECT v FROM UnitVersion v WHERE v.parentCode = ?1" + IN_EFFECT
                + " ORDER BY v.key.code", UnitVersion.class).setParameter(1, code).setParameter(2, date)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countChildrenAsOf(String code, LocalDate date) {
        return em.createQuery("SELECT count(v) FROM UnitVersion v WHERE v.parentCode = ?1" + IN_EFFECT, Long.class)
                .setParameter(1, code).setParameter(2, date).getSingleResult();
    }
}
