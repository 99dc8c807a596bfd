package vn.tusoi.organization.member;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.organization.events.MemberChanged;
import vn.tusoi.organization.events.Topics;
import vn.tusoi.organization.importing.ImportReport.RowError;
import vn.tusoi.organization.unit.Access;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.OrgUnitRepository;
import vn.tusoi.organization.unit.UnitEvents;
import vn.tusoi.organization.unit.UnitKind;
import vn.tusoi.platform.outbox.Outbox;
import vn.tusoi.platform.query.LikePattern;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Members from the registry: bulk upsert by registry number (JSON or CSV), with a diff (new, changed, moved between
 * cells, missing from the file) that dryRun returns without saving; transfers; exact member counts per unit.
 */
@ApplicationScoped
@Transactional
public class MemberService {

    public static final int MAX_ROWS = 200_000;
    static final Pattern REGISTRY_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,31}");
    private static final int IN_LIST_CHUNK = 1000;

    private final EntityManager em;
    private final OrgUnitRepository units;
    private final UnitEvents unitEvents;
    private final Outbox outbox;
    private final Access access;

    public MemberService(EntityManager em, OrgUnitRepository units, UnitEvents unitEvents, Outbox outbox,
            Access access) {
        this.access = access;
        this.em = em;
        this.units = units;
        this.unitEvents = unitEvents;
        this.outbox = outbox;
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
        OrgUnit scope = scopeUnitCode == null
                ? null
                : units.findByCode(scopeUnitCode).orElseThrow(
                        () -> new RuleViolation(422, "unit-unknown", "scope", "unknown unit " + scopeUnitCode));
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
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
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RowError error = check(i, rows.get(i), cells);
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
        recount(touched);
        Long missingCount = null;
        List<String> missing = List.of();
        if (scope != null) {
            List<String> absent = em
                    .createQuery("SELECT m.registryNo FROM Member m WHERE m.unit.path LIKE ?1" + LikePattern.ESCAPE
                            + " AND m.status = ?2 ORDER BY m.registryNo", String.class)
                    .setParameter(1, LikePattern.startingWith(scope.path))
                    .setParameter(2, Member.Status.ACTIVE).getResultStream()
                    .filter(registryNo -> !rowOf.containsKey(registryNo)).toList();
            missingCount = (long) absent.size();
            missing = absent.subList(0, Math.min(absent.size(), MemberImportReport.LISTED));
        }
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return new MemberImportReport(diff.created, diff.updated, diff.moved.size(), diff.unchanged, missingCount,
                diff.createdList, diff.updatedList, diff.moved.subList(0, Math.min(diff.moved.size(),
                        MemberImportReport.LISTED)),
                missing, errors, dryRun, !dryRun);
    }

    /** Moves a member to another cell. */
    public Member transfer(String registryNo, String unitCode) {
        Member member = get(registryNo);
        access.requireCaptures(member.unit, "registryNo");
        OrgUnit cell = units.findByCode(unitCode).orElseThrow(
                () -> new RuleViolation(422, "unit-unknown", "unitCode", "unknown unit " + unitCode));
        access.requireCaptures(cell, "unitCode");
        String problem = cellProblem(cell);
        if (problem != null) {
            throw new RuleViolation(422, "member-unit-not-a-cell", "unitCode", problem);
        }
        if (member.unit.id.equals(cell.id)) {
            return member;
        }
        Set<OrgUnit> touched = new HashSet<>(List.of(member.unit, cell));
        member.unit = cell;
        member.version++;
        published(member);
        recount(touched);
        return member;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Member get(String registryNo) {
        Member member = em.find(Member.class, registryNo);
        if (member == null) {
            throw RuleViolation.notFound("member", registryNo);
        }
        access.requireSees(member.unit, "registryNo");
        return member;
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
            em.persist(member);
            touched.add(cell);
            diff.created++;
            if (diff.createdList.size() < MemberImportReport.LISTED) {
                diff.createdList.add(member.registryNo);
            }
            published(member);
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
        published(member);
    }

    /** Sets each touched unit's count of active members, publishing the units whose count changed. */
    private void recount(Collection<OrgUnit> touched) {
        if (touched.isEmpty()) {
            return;
        }
        em.flush();
        Map<Long, Long> counts = new HashMap<>();
        List<Long> ids = touched.stream().map(unit -> unit.id).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            em.createQuery("SELECT m.unit.id, count(m) FROM Member m WHERE m.unit.id IN ?1 AND m.status = ?2"
                    + " GROUP BY m.unit.id", Object[].class)
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK)))
                    .setParameter(2, Member.Status.ACTIVE).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        for (OrgUnit unit : touched) {
            int count = counts.getOrDefault(unit.id, 0L).intValue();
            if (unit.memberCount != count) {
                unit.memberCount = count;
                unit.version++;
                unitEvents.changed(unit);
            }
        }
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

    private static RowError check(int i, MemberImportRow row, Map<String, OrgUnit> cells) {
        if (row == null) {
            return new RowError(i, null, "row", "must be an object");
        }
        if (row.registryNo() == null || !REGISTRY_NO.matcher(row.registryNo()).matches()) {
            return new RowError(i, row.registryNo(), "registryNo", "1-32 letters, digits, '.' or '-'");
        }
        if (row.fullName() == null || row.fullName().isBlank() || row.fullName().length() > 255) {
            return new RowError(i, row.registryNo(), "fullName", "must be non-blank and at most 255 characters");
        }
        if (row.role() != null && row.role().length() > 64) {
            return new RowError(i, row.registryNo(), "role", "at most 64 characters");
        }
        if (row.status() != null && !row.status().equals("ACTIVE") && !row.status().equals("INACTIVE")) {
            return new RowError(i, row.registryNo(), "status", "ACTIVE or INACTIVE");
        }
        OrgUnit cell = row.unitCode() == null ? null : cells.get(row.unitCode());
        if (cell == null) {
            return new RowError(i, row.registryNo(), "unitCode", "unknown unit " + row.unitCode());
        }
        String problem = cellProblem(cell);
        return problem == null ? null : new RowError(i, row.registryNo(), "unitCode", problem);
    }

    private static String cellProblem(OrgUnit unit) {
        if (unit.validTo != null) {
            return "unit " + unit.code + " was dissolved on " + unit.validTo;
        }
        if (unit.kind != UnitKind.CELL && unit.kind != UnitKind.GRASSROOTS_CELL) {
            return "members belong to a cell; " + unit.code + " is a " + unit.kind;
        }
        return null;
    }

    private void published(Member member) {
        outbox.record(Topics.MEMBERS, member.registryNo, MemberChanged.TYPE, new MemberChanged(member.registryNo,
                member.unit.code, member.status.name(), member.version));
    }

    /** The running diff of one import. */
    private static final class Diff {
        int created;
        int updated;
        int unchanged;
        final List<String> createdList = new ArrayList<>();
        final List<String> updatedList = new ArrayList<>();
        final List<MemberImportReport.Move> moved = new ArrayList<>();
    }
}
