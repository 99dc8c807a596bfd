package vn.tusoi.organization.restructuring;

import static vn.tusoi.platform.persistence.ColumnStatements.column;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.platform.persistence.ColumnStatements;
import vn.tusoi.platform.persistence.WrittenEntities;

/**
 * The new paths and depths of a moved unit's descendants, in one statement: Hibernate sends one update per unit under
 * dirty-field locking, and a district's subtree is some 700 units (a province merger's moves were nearly all those
 * round trips). Each row is checked as that locking checks it, against the path and version it was read with; a row
 * that moved on meanwhile fails the whole move as a lost race (409), and nothing is written. The units get their new
 * path, depth and version in memory, recorded as written ({@link WrittenEntities}: audit entries, no second update).
 */
@ApplicationScoped
class DescendantPaths {

    private static final String UPDATE = "UPDATE org_unit u SET path = v.new_path, depth = v.new_depth,"
            + " version = u.version + 1"
            + " FROM unnest(?::bigint[], ?::varchar[], ?::bigint[], ?::varchar[], ?::int[])"
            + " AS v(id, old_path, old_version, new_path, new_depth)"
            + " WHERE u.id = v.id AND u.path = v.old_path AND u.version = v.old_version";

    private final ColumnStatements statements;
    private final WrittenEntities written;

    DescendantPaths(ColumnStatements statements, WrittenEntities written) {
        this.statements = statements;
        this.written = written;
    }

    /**
     * Gives each descendant the path it has under the moved unit's new path and raises its version, in memory and
     * recorded as written; the returned rewrite writes them, once the units' history is recorded.
     */
    Rewrite rewrite(List<OrgUnit> descendants, String oldPath, String newPath) {
        List<OrgUnit> units = new ArrayList<>(descendants);
        // id order: a stable lock order
        units.sort(Comparator.comparing(unit -> unit.id));
        Object[] ids = units.stream().map(unit -> unit.id).toArray();
        Object[] oldPaths = units.stream().map(unit -> unit.path).toArray();
        Object[] oldVersions = units.stream().map(unit -> unit.version).toArray();
        for (OrgUnit unit : units) {
            unit.path = newPath + unit.path.substring(oldPath.length());
            unit.depth = depth(unit.path);
            unit.version++;
        }
        written.written(units);
        Object[] newPaths = units.stream().map(unit -> unit.path).toArray();
        Object[] newDepths = units.stream().map(unit -> unit.depth).toArray();
        return () -> write(ids, oldPaths, oldVersions, newPaths, newDepths);
    }

    /** The descendants' rows, to write once their history is recorded. */
    @FunctionalInterface
    interface Rewrite {
        void write();
    }

    /**
     * Writes the rows after the units' new versions ({@code UnitHistory} writes them at once): every change of a unit
     * inserts its new version before it updates the unit, so two changes of one unit at once meet first at that
     * version's key, and the loser waits there holding nothing the winner needs (rewriting the rows first made such a
     * pair deadlock).
     */
    private void write(Object[] ids, Object[] oldPaths, Object[] oldVersions, Object[] newPaths, Object[] newDepths) {
        if (ids.length == 0) {
            return;
        }
        int updated = statements.execute(UPDATE, column("bigint", ids), column("varchar", oldPaths),
                column("bigint", oldVersions), column("varchar", newPaths), column("integer", newDepths));
        if (updated != ids.length) {
            throw new OptimisticLockException((ids.length - updated) + " of the " + ids.length
                    + " units under the moved unit were changed by another request at the same moment");
        }
    }

    /** A path {@code /root/.../code/} has the depth of its unit: 0 at the root. */
    private static int depth(String path) {
        return path.split("/").length - 2;
    }
}
