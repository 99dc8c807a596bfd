package vn.tusoi.organization.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import vn.tusoi.organization.unit.OrgUnit;

/**
 * Where an import's rows land: decided by the nearest unit that exists, up a row's chain of parents in the batch
 * (climbed, not recursed: a chain may be as long as the batch). A row whose parent is not known lands nowhere and is
 * refused on its own; a cycle is out of scope.
 */
final class ImportScope {

    private final List<UnitImportRow> rows;
    private final Map<String, OrgUnit> existing;
    private final Map<String, Integer> indexByCode;

    ImportScope(List<UnitImportRow> rows, Map<String, OrgUnit> existing, Map<String, Integer> indexByCode) {
        this.rows = rows;
        this.existing = existing;
        this.indexByCode = indexByCode;
    }

    /** Whether row {@code start} lands in the units {@code captures} says yes to. */
    boolean inScope(int start, Predicate<OrgUnit> captures) {
        Set<Integer> seen = new HashSet<>();
        int i = start;
        while (true) {
            UnitImportRow row = rows.get(i);
            OrgUnit current = existing.get(row.code());
            if (current != null) {
                return captures.test(current);
            }
            if (row.parentCode() == null) {
                return false;
            }
            OrgUnit parent = existing.get(row.parentCode());
            if (parent != null) {
                return captures.test(parent);
            }
            Integer parentRow = indexByCode.get(row.parentCode());
            if (parentRow == null) {
                return true;
            }
            if (!seen.add(parentRow)) {
                return false;
            }
            i = parentRow;
        }
    }
}
