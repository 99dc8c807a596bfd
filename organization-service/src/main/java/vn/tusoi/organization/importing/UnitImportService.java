package vn.tusoi.organization.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.organization.importing.ImportReport.RowError;
import vn.tusoi.organization.unit.Access;
import vn.tusoi.organization.unit.NestingRules;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.OrgUnitRepository;
import vn.tusoi.organization.unit.SearchText;
import vn.tusoi.organization.unit.UnitHistory;
import vn.tusoi.organization.unit.UnitKind;
import vn.tusoi.platform.rest.Problem;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Bulk upsert of units, idempotent by code. Rows may name parents that come later in the same batch. A bad row is
 * reported and skipped (with its descendants in the batch) unless the batch is atomic, in which case nothing is saved.
 */
@ApplicationScoped
@Transactional
public class UnitImportService {

    public static final int MAX_ROWS = 100_000;
    static final String UNKNOWN_PARENT = "unknown unit ";
    static final String PARENT_REFUSED = "parent ";

    private final OrgUnitRepository units;
    private final UnitHistory history;
    private final Access access;

    public UnitImportService(OrgUnitRepository units, UnitHistory history, Access access) {
        this.access = access;
        this.units = units;
        this.history = history;
    }

    public ImportReport importUnits(List<UnitImportRow> rows, boolean dryRun, boolean atomic) {
        if (rows.size() > MAX_ROWS) {
            throw new RuleViolation(413, "body", "at most " + MAX_ROWS + " units per import, got " + rows.size());
        }
        Batch batch = new Batch(rows);
        batch.validateFields();
        units.findByCodes(batch.referencedCodes()).forEach(unit -> batch.existing.put(unit.code, unit));
        if (!access.caller().isAdmin()) {
            batch.requireScope();
        }
        for (int i = 0; i < rows.size(); i++) {
            batch.resolve(i);
        }
        boolean refused = atomic && !batch.errors.isEmpty();
        if (dryRun || refused) {
            QuarkusTransaction.setRollbackOnly();
        }
        return new ImportReport(batch.created, batch.updated, batch.unchanged, batch.errors, dryRun,
                !dryRun && !refused);
    }

    private record Problem(String field, String message) {
    }

    private enum State {
        PENDING, VISITING, DONE, FAILED
    }

    /** The working state of one import. */
    private final class Batch {
        final List<UnitImportRow> rows;
        final State[] state;
        final Map<String, Integer> indexByCode = new HashMap<>();
        final Map<String, OrgUnit> existing = new HashMap<>();
        final Map<String, OrgUnit> saved = new HashMap<>();
        final List<RowError> errors = new ArrayList<>();
        int created;
        int updated;
        int unchanged;

        Batch(List<UnitImportRow> rows) {
            this.rows = rows;
            this.state = new State[rows.size()];
            Arrays.fill(state, State.PENDING);
        }

        /** Every row lands in the caller's units; one that would not refuses the whole import (403). */
        void requireScope() {
            for (int i = 0; i < rows.size(); i++) {
                UnitImportRow row = rows.get(i);
                if (row != null && row.code() != null && !inScope(i)) {
                    throw new RuleViolation(403, "out-of-scope", "[" + i + "].parentCode", "unit " + row.code()
                            + " would lie outside the units you may write");
                }
            }
        }

        /**
         * Whether row i lands in the caller's units: decided by the nearest unit that exists, up its chain of parents
         * in the batch (climbed, not recursed: a chain may be as long as the batch). A parent not known yet: the row
         * fails (or, streamed, waits) on its own, and is checked when it lands. A cycle is out of scope.
         */
        private boolean inScope(int start) {
            Set<Integer> seen = new HashSet<>();
            int i = start;
            while (true) {
                UnitImportRow row = rows.get(i);
                OrgUnit current = existing.get(row.code());
                if (current != null) {
                    return access.captures(current);
                }
                if (row.parentCode() == null) {
                    return false;
                }
                OrgUnit parent = existing.get(row.parentCode());
                if (parent != null) {
                    return access.captures(parent);
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

        void validateFields() {
            for (int i = 0; i < rows.size(); i++) {
                UnitImportRow row = rows.get(i);
                Problem problem = fieldProblem(row);
                if (problem != null) {
                    fail(i, problem);
                } else if (indexByCode.putIfAbsent(row.code(), i) != null) {
                    fail(i, "code", "appears twice in the batch (first at row " + indexByCode.get(row.code()) + ")");
                }
            }
        }

        private Problem fieldProblem(UnitImportRow row) {
            if (row == null) {
                return new Problem("row", "must be an object");
            }
            if (row.code() == null || !NestingRules.CODE.matcher(row.code()).matches()) {
                return new Problem("code",
                        "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
            if (row.name() == null || row.name().isBlank() || row.name().length() > NestingRules.MAX_NAME) {
                return new Problem("name", "must be non-blank and at most " + NestingRules.MAX_NAME + " characters");
            }
            if (row.kind() == null || NestingRules.parseKind(row.kind()) == null) {
                return new Problem("kind", "must be one of " + Arrays.toString(UnitKind.values()));
            }
            if (row.parentCode() != null && !NestingRules.CODE.matcher(row.parentCode()).matches()) {
                return new Problem("parentCode", "not a valid unit code");
            }
            return null;
        }

        Set<String> referencedCodes() {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                if (state[i] == State.PENDING) {
                    codes.add(rows.get(i).code());
                    if (rows.get(i).parentCode() != null) {
                        codes.add(rows.get(i).parentCode());
                    }
                }
            }
            return codes;
        }

        /**
         * Saves row i after its parents in the batch; returns whether it succeeded. The chain of parents is climbed
         * to a row already decided (or a unit outside the batch), then saved from the top down, without recursion:
         * a chain may be as long as the batch.
         */
        boolean resolve(int start) {
            List<Integer> chain = new ArrayList<>();
            int top = start;
            while (top >= 0 && state[top] == State.PENDING) {
                state[top] = State.VISITING;
                chain.add(top);
                Integer parentRow = batchParent(top);
                top = parentRow == null ? -1 : parentRow;
            }
            boolean parentSaved = top < 0 || state[top] == State.DONE;
            if (top >= 0 && state[top] == State.VISITING) {
                fail(top, "parentCode", "the batch's parent links form a cycle through " + rows.get(top).code());
            }
            for (int k = chain.size() - 1; k >= 0; k--) {
                int i = chain.get(k);
                if (state[i] == State.FAILED) {
                    parentSaved = false;
                } else if (!parentSaved && batchParent(i) != null) {
                    fail(i, "parentCode", PARENT_REFUSED + rows.get(i).parentCode() + " (row " + batchParent(i)
                            + ") was refused");
                } else {
                    parentSaved = save(i);
                }
            }
            return state[start] == State.DONE;
        }

        /** The row of the batch that is row i's parent, if any. */
        private Integer batchParent(int i) {
            String parentCode = rows.get(i).parentCode();
            return parentCode == null ? null : indexByCode.get(parentCode);
        }

        /** Saves row i, whose parent in the batch (if any) is saved; returns whether it succeeded. */
        private boolean save(int i) {
            UnitImportRow row = rows.get(i);
            OrgUnit parent = null;
            if (row.parentCode() != null) {
                parent = batchParent(i) != null ? saved.get(row.parentCode()) : existing.get(row.parentCode());
                if (parent == null) {
                    return fail(i, "parentCode", UNKNOWN_PARENT + row.parentCode());
                }
            }
            String problem = NestingRules.placementProblem(NestingRules.parseKind(row.kind()), parent);
            if (problem != null) {
                return fail(i, "parentCode", problem);
            }
            OrgUnit unit = existing.get(row.code());
            Problem refusal = unit == null ? create(row, parent) : update(unit, row, parent);
            if (refusal != null) {
                return fail(i, refusal);
            }
            state[i] = State.DONE;
            return true;
        }

        private Problem create(UnitImportRow row, OrgUnit parent) {
            OrgUnit unit = new OrgUnit();
            unit.code = row.code();
            unit.name = row.name().strip();
            unit.searchText = SearchText.fold(unit.code + " " + unit.name);
            unit.kind = NestingRules.parseKind(row.kind());
            unit.placeUnder(parent);
            unit.validFrom = row.validFrom() == null ? LocalDate.now() : row.validFrom();
            unit.version = 1;
            units.persist(unit);
            history.created(unit);
            saved.put(unit.code, unit);
            created++;
            return null;
        }

        private Problem update(OrgUnit unit, UnitImportRow row, OrgUnit parent) {
            if (unit.validTo != null) {
                return new Problem("code", "unit " + unit.code + " was dissolved on " + unit.validTo);
            }
            if (!Objects.equals(unit.parentCode(), row.parentCode())) {
                return new Problem("parentCode", unit.code + " sits under " + unit.parentCode()
                        + "; changing the parent is a move (POST /api/v1/units/" + unit.code + "/move)");
            }
            UnitKind kind = NestingRules.parseKind(row.kind());
            saved.put(unit.code, unit);
            if (unit.name.equals(row.name().strip()) && unit.kind == kind) {
                unchanged++;
                return null;
            }
            if (!kind.mayHaveSubUnits() && units.hasChildren(unit)) {
                return new Problem("kind", "a " + kind + " has no sub-units, and " + unit.code + " has some");
            }
            unit.name = row.name().strip();
            unit.searchText = SearchText.fold(unit.code + " " + unit.name);
            unit.kind = kind;
            unit.version++;
            history.changed(unit, LocalDate.now());
            updated++;
            return null;
        }

        private boolean fail(int i, Problem problem) {
            return fail(i, problem.field(), problem.message());
        }

        private boolean fail(int i, String field, String message) {
            state[i] = State.FAILED;
            UnitImportRow row = rows.get(i);
            errors.add(new RowError(i, row == null ? null : row.code(), field, message));
            return false;
        }
    }

}
