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
    private final EntityManager em;

    public UnitFactory(OrgUnitRepository units, UnitHistory history, EntityManager em) {
        this.units = units;
        this.history = history;
        this.em = em;
    }

    /** A new unit under the parent (null: a root), established on the date; saved and published. */
    public OrgUnit establish(String code, String name, UnitKind kind, OrgUnit parent, LocalDate validFrom) {
        return establish(code, name, kind, parent, validFrom, List.of());
    }

    /** The same, its notices e-mailed to these addresses (checked by {@link NotificationAddresses}). */
    public OrgUnit establish(String code, String name, UnitKind kind, OrgUnit parent, LocalDate validFrom,
            List<String> notificationEmails) {
        OrgUnit unit = new OrgUnit();
        unit.notificationEmails = new ArrayList<>(notificationEmails);
        unit.code = code;
        unit.rename(name);
        unit.kind = kind;
        unit.placeUnder(parent);
        unit.validFrom = validFrom;
        unit.version = 1;
        units.persist(unit);
        history.created(unit);
        return unit;
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
