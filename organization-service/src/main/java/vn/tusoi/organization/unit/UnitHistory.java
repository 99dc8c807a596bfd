package vn.tusoi.organization.unit;

import static vn.tusoi.platform.persistence.ColumnStatements.column;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.persistence.ColumnStatements;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Every change of a unit goes through here: the state it had ends on the effective date, the new one starts then,
 * and the change is published. Reads "as of" a date come from the same versions.
 */
@ApplicationScoped
public class UnitHistory {

    private static final String IN_EFFECT = " AND v.effectiveFrom <= ?2 AND (v.effectiveTo IS NULL OR v.effectiveTo > ?2)"
            + " AND v.dissolved = false";

    private static final String INSERT_VERSIONS = "INSERT INTO unit_version (code, version, name, kind, parent_code,"
            + " path, depth, effective_from, effective_to, dissolved)"
            + " SELECT n.code, n.version, n.name, n.kind, n.parent_code, n.path, n.depth, ?, NULL, n.dissolved"
            + " FROM unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
            + " ?::int[], ?::boolean[]) AS n(code, version, name, kind, parent_code, path, depth, dissolved)";

    private static final String CLOSE_PREVIOUS = "UPDATE unit_version v SET effective_to = ?"
            + " FROM unnest(?::varchar[], ?::bigint[]) AS n(code, version)"
            + " WHERE v.code = n.code AND v.effective_to IS NULL AND v.version < n.version";

    private final EntityManager em;
    private final ColumnStatements statements;
    private final UnitEvents events;

    public UnitHistory(EntityManager em, ColumnStatements statements, UnitEvents events) {
        this.em = em;
        this.statements = statements;
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
     * Records each unit's current state as in effect from the date, and publishes it. A moved subtree may hold
     * thousands of units, so the versions are written in two statements, in the order a flush writes one change:
     * the new versions first, then the open ones before them closed on the date (two changes of one unit at once meet
     * first at the new version's key, and the loser waits there holding nothing). The units' own rows are the
     * caller's, written after.
     */
    public void changed(List<OrgUnit> units, LocalDate effective) {
        refuseBeforeLastChange(units, effective);
        int n = units.size();
        Object[] codes = new Object[n];
        Object[] versions = new Object[n];
        Object[] names = new Object[n];
        Object[] kinds = new Object[n];
        Object[] parents = new Object[n];
        Object[] paths = new Object[n];
        Object[] depths = new Object[n];
        Object[] dissolved = new Object[n];
        for (int i = 0; i < n; i++) {
            OrgUnit unit = units.get(i);
            codes[i] = unit.code;
            versions[i] = unit.version;
            names[i] = unit.name;
            kinds[i] = unit.kind.name();
            parents[i] = unit.parentCode();
            paths[i] = unit.path;
            depths[i] = unit.depth;
            dissolved[i] = unit.validTo != null;
        }
        statements.execute(INSERT_VERSIONS, effective, column("varchar", codes), column("bigint", versions),
                column("varchar", names), column("varchar", kinds), column("varchar", parents),
                column("varchar", paths), column("integer", depths), column("boolean", dissolved));
        statements.execute(CLOSE_PREVIOUS, effective, column("varchar", codes), column("bigint", versions));
        units.forEach(events::changed);
    }

    /**
     * A change cannot take effect before the unit's last one. One statement for any number of units (the codes as an
     * array), declared as reading {@code unit_version}, so that versions this transaction has not yet written (a unit
     * established a moment ago) are flushed before it, and nothing else is.
     */
    private void refuseBeforeLastChange(List<OrgUnit> units, LocalDate effective) {
        String[] codes = units.stream().map(unit -> unit.code).toArray(String[]::new);
        List<Object[]> later = em.unwrap(Session.class)
                .createNativeQuery("SELECT code, effective_from FROM unit_version WHERE code = ANY(?1)"
                        + " AND effective_to IS NULL AND effective_from > ?2 LIMIT 1", Object[].class)
                .addSynchronizedEntityClass(UnitVersion.class)
                .setParameter(1, codes).setParameter(2, effective).getResultList();
        if (!later.isEmpty()) {
            throw new RuleViolation(422, "effective-date-before-last-change", "effectiveDate",
                    "unit " + later.get(0)[0] + " last changed on " + later.get(0)[1]
                            + "; a change cannot take effect before that");
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
