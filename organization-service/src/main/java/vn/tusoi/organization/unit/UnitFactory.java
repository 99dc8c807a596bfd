package vn.tusoi.organization.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Where a unit comes into being, for every writer (an import, a merge's or a split's new unit), and where the link
 * from a predecessor to its successor is kept: its first version recorded and published, its lineage written once.
 */
@ApplicationScoped
public class UnitFactory {

    private final OrgUnitRepository units;
    private final UnitHistory history;
    private final NewUnitRows newRows;
    private final EntityManager em;

    public UnitFactory(OrgUnitRepository units, UnitHistory history, NewUnitRows newRows, EntityManager em) {
        this.units = units;
        this.history = history;
        this.newRows = newRows;
        this.em = em;
    }

    /** A new unit under the parent (null: a root), established on the date; saved and published. */
    public OrgUnit establish(String code, String name, UnitKind kind, OrgUnit parent, LocalDate validFrom) {
        return establish(code, name, kind, parent, validFrom, List.of());
    }

    /** The same, its notices e-mailed to these addresses (checked by {@link NotificationAddresses}). */
    public OrgUnit establish(String code, String name, UnitKind kind, OrgUnit parent, LocalDate validFrom,
            List<String> notificationEmails) {
        OrgUnit unit = draft(code, name, kind, parent, validFrom, notificationEmails);
        units.persist(unit);
        history.created(unit);
        return unit;
    }

    /**
     * A new unit, not yet saved: a parent for other drafts, all saved and published together by
     * {@link #establishAll} (an import's chunk).
     */
    public OrgUnit draft(String code, String name, UnitKind kind, OrgUnit parent, LocalDate validFrom,
            List<String> notificationEmails) {
        OrgUnit unit = new OrgUnit();
        unit.notificationEmails = new ArrayList<>(notificationEmails);
        unit.code = code;
        unit.rename(name);
        unit.kind = kind;
        unit.placeUnder(parent);
        unit.validFrom = validFrom;
        unit.version = 1;
        return unit;
    }

    /**
     * Saves the drafts in one batch, parents before children as listed, each with its first version, its event and
     * its audit entry; they are not managed afterwards ({@link NewUnitRows}).
     */
    public void establishAll(List<OrgUnit> drafts) {
        newRows.insert(drafts);
        drafts.forEach(history::created);
    }

    /** Records that the successor continues the predecessor from the date (a merge's or a split's lineage). */
    public void succeed(OrgUnit predecessor, OrgUnit successor, UnitLineage.Change change, LocalDate effective) {
        successor.predecessorCodes.add(predecessor.code);
        UnitLineage link = new UnitLineage();
        link.key = new UnitLineage.Key(predecessor.code, successor.code);
        link.change = change;
        link.effectiveDate = effective;
        em.persist(link);
    }
}
