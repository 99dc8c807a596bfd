package vn.tusoi.organization.member;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.organization.importing.ImportReport.RowError;
import vn.tusoi.organization.unit.Access;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.OrgUnitRepository;
import vn.tusoi.platform.query.LikePattern;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Members from the registry: bulk upsert by registry number (JSON or CSV), with a diff (new, changed, moved between
 * cells, missing from the file under the scope) that dryRun returns without saving.
 */
@ApplicationScoped
@Transactional
public class MemberImport {

    public static final int MAX_ROWS = 200_000;
    private static final int IN_LIST_CHUNK = 1000;

    private final EntityManager em;
    private final OrgUnitRepository units;
    private final MemberChanges changes;
    private final NewMemberRows newRows;
    private final Access access;

    public MemberImport(EntityManager em, OrgUnitRepository units, MemberChanges changes, NewMemberRows newRows,
            Access access) {
        this.em = em;
        this.units = units;
        this.changes = changes;
        this.newRows = newRows;
        this.access = access;
    }

    /** As {@link #importMembers(List, boolean, String)}, from the registry's CSV: each error names its line. */
    public MemberImportReport importMembers(CsvMembers.Parsed csv, boolean dryRun, String scopeUnitCode) {
        MemberImportReport report = importMembers(csv.rows(), dryRun, scopeUnitCode);
        return report.withErrors(report.errors().stream().map(csv::atLine).toList());
    }

    public MemberImportReport importMembers(List<MemberImportRow> rows, boolean dryRun, String scopeUnitCode) {
        if (rows.size() > MAX_ROWS) {
            throw new RuleViolation(413, "body", "at most " + MAX_ROWS + " members per import, got " + rows.size());
        }
        // the import's reads (cells, existing members, counts: a query per 1,000) must not each flush the session:
        // every auto-flush dirty-checks all the members and cells it holds (76 % of the import's time in a profile of
        // 200,000 members); its writes are flushed once, before the counts (MemberChanges.recount), and at commit
        em.setFlushMode(FlushModeType.COMMIT);
        OrgUnit scope = scopeUnitCode == null
                ? null
                : units.findByCode(scopeUnitCode).orElseThrow(
                        () -> new RuleViolation(422, "unit-unknown", "scope", "unknown unit " + scopeUnitCode));
        Map<String, OrgUnit> cells = new HashMap<>();
        for (OrgUnit unit : units.findByCodes(rows.stream().filter(Objects::nonNull).map(MemberImportRow::unitCode)
                .filter(Objects::nonNull).distinct().toList())) {
            cells.put(unit.code, unit);
        }
        if (scope != null) {
            access.requireSees(scope, "scope");
        }
        // one row for a cell outside the caller's units refuses the whole import
        for (int i = 0; i < rows.size(); i++) {
            MemberImportRow row = rows.get(i);
            OrgUnit cell = row == null ? null : cells.get(row.unitCode());
            if (cell != null) {
                access.requireCaptures(cell, "[" + i + "].unitCode");
            }
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RowError error = MemberRows.check(i, rows.get(i), cells);
            if (error == null && rowOf.putIfAbsent(rows.get(i).registryNo(), i) != null) {
                error = new RowError(i, rows.get(i).registryNo(), "registryNo", "appears twice in the file (first at "
                        + rowOf.get(rows.get(i).registryNo()) + ")");
            }
            if (error != null) {
                errors.add(error);
            } else {
                valid.add(i);
            }
        }
        Map<String, Member> existing = existing(valid.stream().map(i -> rows.get(i).registryNo()).toList());
        for (int i : valid) {
            // nor may it take a member from a cell outside the caller's units
            Member current = existing.get(rows.get(i).registryNo());
            if (current != null) {
                access.requireCaptures(current.unit, "[" + i + "].registryNo");
            }
        }
        Diff diff = new Diff();
        Set<OrgUnit> touched = new HashSet<>();
        for (int i : valid) {
            MemberImportRow row = rows.get(i);
            apply(row, existing.get(row.registryNo()), cells.get(row.unitCode()), diff, touched);
        }
        newRows.insert(diff.newMembers);
        changes.recount(touched);
        List<String> absent = scope == null ? null : absentUnder(scope, rowOf.keySet());
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return new MemberImportReport(diff.created, diff.updated, diff.moved.size(), diff.unchanged,
                absent == null ? null : (long) absent.size(), diff.createdList, diff.updatedList,
                diff.moved.subList(0, Math.min(diff.moved.size(), MemberImportReport.LISTED)),
                absent == null ? List.of() : absent.subList(0, Math.min(absent.size(), MemberImportReport.LISTED)),
                errors, dryRun, !dryRun);
    }

    /** The active members under the scope that the file does not name, by registry number. */
    private List<String> absentUnder(OrgUnit scope, Set<String> named) {
        return em.createQuery("SELECT m.registryNo FROM Member m WHERE m.unit.path LIKE ?1" + LikePattern.ESCAPE
                + " AND m.status = ?2 ORDER BY m.registryNo", String.class)
                .setParameter(1, LikePattern.startingWith(scope.path))
                .setParameter(2, Member.Status.ACTIVE).getResultStream()
                .filter(registryNo -> !named.contains(registryNo)).toList();
    }

    private void apply(MemberImportRow row, Member member, OrgUnit cell, Diff diff, Set<OrgUnit> touched) {
        Member.Status status = row.status() == null ? Member.Status.ACTIVE : Member.Status.valueOf(row.status());
        String name = row.fullName().strip();
        if (member == null) {
            member = new Member();
            member.registryNo = row.registryNo();
            member.fullName = name;
            member.unit = cell;
            member.role = row.role();
            member.status = status;
            member.joinedOn = row.joinedOn();
            member.version = 1;
            diff.newMembers.add(member);
            touched.add(cell);
            diff.created++;
            if (diff.createdList.size() < MemberImportReport.LISTED) {
                diff.createdList.add(member.registryNo);
            }
            changes.published(member);
            return;
        }
        boolean moved = !member.unit.id.equals(cell.id);
        boolean changed = !member.fullName.equals(name) || !Objects.equals(member.role, row.role())
                || member.status != status || !Objects.equals(member.joinedOn, row.joinedOn());
        if (!moved && !changed) {
            diff.unchanged++;
            return;
        }
        if (moved) {
            diff.moved.add(new MemberImportReport.Move(member.registryNo, member.unit.code, cell.code));
            touched.add(member.unit);
            touched.add(cell);
        } else {
            diff.updated++;
            if (diff.updatedList.size() < MemberImportReport.LISTED) {
                diff.updatedList.add(member.registryNo);
            }
            if (member.status != status) {
                touched.add(cell);
            }
        }
        member.fullName = name;
        member.unit = cell;
        member.role = row.role();
        member.status = status;
        member.joinedOn = row.joinedOn();
        member.version++;
        changes.published(member);
    }

    private Map<String, Member> existing(List<String> registryNos) {
        Map<String, Member> found = new HashMap<>();
        for (int from = 0; from < registryNos.size(); from += IN_LIST_CHUNK) {
            em.createQuery("SELECT m FROM Member m JOIN FETCH m.unit WHERE m.registryNo IN ?1", Member.class)
                    .setParameter(1, registryNos.subList(from, Math.min(registryNos.size(), from + IN_LIST_CHUNK)))
                    .getResultList().forEach(member -> found.put(member.registryNo, member));
        }
        return found;
    }

    /** The running diff of one import. */
    private static final class Diff {
        int created;
        int updated;
        int unchanged;
        final List<String> createdList = new ArrayList<>();
        final List<String> updatedList = new ArrayList<>();
        final List<MemberImportReport.Move> moved = new ArrayList<>();
        /** Saved together, in one batch, once every row is applied. */
        final List<Member> newMembers = new ArrayList<>();
    }
}
