package vn.tusoi.organization.restructuring;

import static vn.tusoi.platform.persistence.ColumnStatements.column;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.Session;

import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.UnitKind;
import vn.tusoi.platform.audit.AuditEntries;
import vn.tusoi.platform.persistence.ColumnStatements;
import vn.tusoi.platform.persistence.ManagedCopies;
import vn.tusoi.platform.query.LikePattern;

/**
 * A moved unit's descendants as plain rows: read in one query into units Hibernate does not manage (it would load,
 * snapshot and, at the flush, dirty-check each of a district's ~700 units), given their paths under the new one, and
 * written back in one statement. Each row is checked as Hibernate's dirty-field locking checks it, against the path
 * and version it was read with; a row that moved on meanwhile fails the whole move as a lost race (409), and nothing
 * is written. Each written row gets the audit entry a flush would have given it.
 */
@ApplicationScoped
class DescendantRows {

    private static final String SELECT = "SELECT u.id, u.code, u.name, u.search_text, u.kind, u.parent_id, u.path,"
            + " u.depth, u.member_count, u.valid_from, u.valid_to, u.predecessor_codes, u.notification_emails,"
            + " u.email_off, u.version FROM org_unit u WHERE u.path LIKE ?" + LikePattern.ESCAPE
            + " AND u.id <> ? ORDER BY u.depth, u.code";

    private static final String UPDATE = "UPDATE org_unit u SET path = v.new_path, depth = v.new_depth,"
            + " version = u.version + 1"
            + " FROM unnest(?::bigint[], ?::varchar[], ?::bigint[], ?::varchar[], ?::int[])"
            + " AS v(id, old_path, old_version, new_path, new_depth)"
            + " WHERE u.id = v.id AND u.path = v.old_path AND u.version = v.old_version";

    /**
     * The descendants as they were read and as the move leaves them, shallowest first: every statement writes a
     * subtree's root before the units under it, so two changes of overlapping subtrees at once meet first at the
     * higher one's row.
     */
    record Moved(List<OrgUnit> before, List<OrgUnit> after) {
    }

    private final EntityManager em;
    private final ColumnStatements statements;
    private final AuditEntries audit;
    private final ManagedCopies managed;

    DescendantRows(EntityManager em, ColumnStatements statements, AuditEntries audit, ManagedCopies managed) {
        this.em = em;
        this.statements = statements;
        this.audit = audit;
        this.managed = managed;
    }

    /**
     * The unit's descendants before the move and after it, when the unit's path becomes {@code newPath}; read after
     * this transaction's pending changes are flushed, before the unit itself changes.
     */
    Moved read(OrgUnit unit, String newPath) {
        em.flush();
        String oldPath = unit.path;
        List<OrgUnit> before = new ArrayList<>();
        List<OrgUnit> after = new ArrayList<>();
        // shallowest first: each unit's parent (the moved unit or a descendant) is read before it, and a move keeps
        // it, so both copies name the same one
        Map<Long, OrgUnit> parents = new HashMap<>(Map.of(unit.id, unit));
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setString(1, LikePattern.startingWith(oldPath));
                select.setLong(2, unit.id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        OrgUnit was = unit(rows);
                        OrgUnit moved = unit(rows);
                        moved.path = newPath + moved.path.substring(oldPath.length());
                        moved.depth = depth(moved.path);
                        moved.version++;
                        was.parent = parents.get(rows.getLong(6));
                        moved.parent = was.parent;
                        parents.put(moved.id, moved);
                        before.add(was);
                        after.add(moved);
                    }
                }
            }
        });
        return new Moved(before, after);
    }

    /**
     * Writes the rows after the units' new versions ({@code UnitHistory} writes them at once): every change of a unit
     * inserts its new version before it updates the unit, so two changes of one unit at once meet first at that
     * version's key, and the loser waits there holding nothing the winner needs (rewriting the rows first made such a
     * pair deadlock).
     */
    void write(Moved moved) {
        List<OrgUnit> before = moved.before();
        List<OrgUnit> after = moved.after();
        if (before.isEmpty()) {
            return;
        }
        int n = before.size();
        Object[] ids = new Object[n];
        Object[] oldPaths = new Object[n];
        Object[] oldVersions = new Object[n];
        Object[] newPaths = new Object[n];
        Object[] newDepths = new Object[n];
        for (int i = 0; i < n; i++) {
            ids[i] = before.get(i).id;
            oldPaths[i] = before.get(i).path;
            oldVersions[i] = before.get(i).version;
            newPaths[i] = after.get(i).path;
            newDepths[i] = after.get(i).depth;
        }
        int updated = statements.execute(UPDATE, column("bigint", ids), column("varchar", oldPaths),
                column("bigint", oldVersions), column("varchar", newPaths), column("integer", newDepths));
        if (updated != n) {
            throw new OptimisticLockException((n - updated) + " of the " + n
                    + " units under the moved unit were changed by another request at the same moment");
        }
        audit.changed(before, after);
        managed.refresh(OrgUnit.class, Arrays.asList(ids));
    }

    private static OrgUnit unit(ResultSet row) throws SQLException {
        OrgUnit unit = new OrgUnit();
        unit.id = row.getLong(1);
        unit.code = row.getString(2);
        unit.name = row.getString(3);
        unit.searchText = row.getString(4);
        unit.kind = UnitKind.valueOf(row.getString(5));
        unit.path = row.getString(7);
        unit.depth = row.getInt(8);
        unit.memberCount = row.getInt(9);
        unit.validFrom = row.getObject(10, LocalDate.class);
        unit.validTo = row.getObject(11, LocalDate.class);
        unit.predecessorCodes = strings(row.getArray(12));
        unit.notificationEmails = strings(row.getArray(13));
        unit.emailOff = row.getBoolean(14);
        unit.version = row.getLong(15);
        return unit;
    }

    private static List<String> strings(Array array) throws SQLException {
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    /** A path {@code /root/.../code/} has the depth of its unit: 0 at the root. */
    private static int depth(String path) {
        return path.split("/").length - 2;
    }
}
