package vn.tusoi.organization.member;

import static vn.tusoi.platform.persistence.ColumnStatements.column;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.platform.persistence.ColumnStatements;
import vn.tusoi.platform.persistence.WrittenEntities;

/**
 * Units' new member counts in one statement (an import of 50,000 members into as many cells was 50,000 updates, one
 * round trip each: Hibernate batches no update under dirty-field locking). Each row is checked as that locking checks
 * it, against the count and version the unit was read with; a row that moved on meanwhile fails the whole change as
 * a lost race (409), and nothing is written. The units, in id order (a stable lock order), are left with their new
 * count and version, recorded as written ({@link WrittenEntities}: audit entries, no second update at the flush).
 */
@ApplicationScoped
class MemberCounts {

    private static final String UPDATE = "UPDATE org_unit u SET member_count = v.new_count, version = u.version + 1"
            + " FROM unnest(?::bigint[], ?::int[], ?::bigint[], ?::int[]) AS v(id, old_count, old_version, new_count)"
            + " WHERE u.id = v.id AND u.member_count = v.old_count AND u.version = v.old_version";

    private final ColumnStatements statements;
    private final WrittenEntities written;

    MemberCounts(ColumnStatements statements, WrittenEntities written) {
        this.statements = statements;
        this.written = written;
    }

    /** Sets each unit's count of active members, raising its version. */
    void set(Map<OrgUnit, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        List<OrgUnit> units = new ArrayList<>(counts.keySet());
        units.sort(Comparator.comparing(unit -> unit.id));
        int updated = statements.execute(UPDATE, column("bigint", units.stream().map(u -> u.id).toArray()),
                column("integer", units.stream().map(u -> u.memberCount).toArray()),
                column("bigint", units.stream().map(u -> u.version).toArray()),
                column("integer", units.stream().map(counts::get).toArray()));
        if (updated != units.size()) {
            throw new OptimisticLockException("the member count of " + (units.size() - updated) + " of "
                    + units.size() + " units was changed by another request at the same moment");
        }
        for (OrgUnit unit : units) {
            unit.memberCount = counts.get(unit);
            unit.version++;
        }
        written.written(units);
    }
}
