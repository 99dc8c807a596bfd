package vn.tusoi.organization.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.tusoi.organization.unit.NestingRules;
import vn.tusoi.organization.unit.NotificationAddresses;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.UnitKind;

/**
 * What an import of units would do, decided before anything is written: for each row, a unit to create, one to
 * change, one unchanged, or a refusal with its reason. Rows may name parents that come later in the batch; a row is
 * decided after its parents in the batch, and one whose parent is refused is refused too. Pure: the units that exist
 * and whether a unit has sub-units are given to it.
 */
public final class ImportPlan {

    private enum State {
        PENDING, VISITING, DONE, FAILED
    }

    private final List<UnitImportRow> rows;
    private final State[] state;
    private final Map<String, Integer> indexByCode = new HashMap<>();
    private final Map<String, OrgUnit> existing = new HashMap<>();
    /** What each unit decided so far will be: its kind and whether it is dissolved, for its children's placement. */
    private final Map<String, OrgUnit> planned = new HashMap<>();
    private final Predicate<OrgUnit> hasSubUnits;
    private final List<ImportStep> steps = new ArrayList<>();
    private final List<ImportRefusal> refusals = new ArrayList<>();
    private int unchanged;

    private ImportPlan(List<UnitImportRow> rows, Predicate<OrgUnit> hasSubUnits) {
        this.rows = rows;
        this.hasSubUnits = hasSubUnits;
        this.state = new State[rows.size()];
        Arrays.fill(state, State.PENDING);
    }

    /**
     * The plan of these rows: their fields checked, the units they name looked up at once ({@code lookup} answers the
     * existing units among the codes it is given), then each row decided.
     */
    public static ImportPlan of(List<UnitImportRow> rows, Function<Set<String>, Collection<OrgUnit>> lookup,
            Predicate<OrgUnit> hasSubUnits) {
        ImportPlan plan = new ImportPlan(rows, hasSubUnits);
        plan.checkFields();
        lookup.apply(plan.referencedCodes()).forEach(unit -> plan.existing.put(unit.code, unit));
        for (int i = 0; i < rows.size(); i++) {
            plan.resolve(i);
        }
        return plan;
    }

    public List<ImportStep> steps() {
        return steps;
    }

    public List<ImportRefusal> refusals() {
        return refusals;
    }

    public long created() {
        return steps.stream().filter(ImportStep.Create.class::isInstance).count();
    }

    public long updated() {
        return steps.stream().filter(ImportStep.Update.class::isInstance).count();
    }

    public int unchanged() {
        return unchanged;
    }

    /** The unit of this code as it was looked up before the plan was made, or null if it did not exist. */
    public OrgUnit existing(String code) {
        return existing.get(code);
    }

    /**
     * The first row that would land outside the caller's units ({@code captures} tells whether a unit is theirs), or
     * -1. Decided by the nearest unit that exists, up the row's chain of parents in the batch (climbed, not recursed:
     * a chain may be as long as the batch). A row whose parent is not known lands nowhere and is refused on its own; a
     * cycle is out of scope.
     */
    public int firstOutsideScope(Predicate<OrgUnit> captures) {
        ImportScope scope = new ImportScope(rows, existing, indexByCode);
        for (int i = 0; i < rows.size(); i++) {
            UnitImportRow row = rows.get(i);
            if (row != null && row.code() != null && !scope.inScope(i, captures)) {
                return i;
            }
        }
        return -1;
    }

    private void checkFields() {
        for (int i = 0; i < rows.size(); i++) {
            UnitImportRow row = rows.get(i);
            if (row == null) {
                fail(i, ImportRefusal.Reason.FIELD, "row", "must be an object");
                continue;
            }
            NestingRules.FieldProblem problem = NestingRules.fieldProblem(row.code(), row.name(), row.kind(),
                    row.parentCode());
            String addresses = row.notificationEmails() == null
                    ? null
                    : NotificationAddresses.problem(row.notificationEmails());
            if (problem != null) {
                fail(i, ImportRefusal.Reason.FIELD, problem.field(), problem.message());
            } else if (addresses != null) {
                fail(i, ImportRefusal.Reason.FIELD, "notificationEmails", addresses);
            } else if (indexByCode.putIfAbsent(row.code(), i) != null) {
                fail(i, ImportRefusal.Reason.DUPLICATE, "code",
                        "appears twice in the batch (first at row " + indexByCode.get(row.code()) + ")");
            }
        }
    }

    private Set<String> referencedCodes() {
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
     * Decides row i after its parents in the batch: the chain of parents is climbed to a row already decided (or a
     * unit outside the batch), then decided from the top down, without recursion.
     */
    private void resolve(int start) {
        List<Integer> chain = new ArrayList<>();
        int top = start;
        while (top >= 0 && state[top] == State.PENDING) {
            state[top] = State.VISITING;
            chain.add(top);
            Integer parentRow = batchParent(top);
            top = parentRow == null ? -1 : parentRow;
        }
        boolean parentDecided = top < 0 || state[top] == State.DONE;
        if (top >= 0 && state[top] == State.VISITING) {
            fail(top, ImportRefusal.Reason.CYCLE, "parentCode", "the batch's parent links form a cycle through "
                    + rows.get(top).code());
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            int i = chain.get(k);
            if (state[i] == State.FAILED) {
                parentDecided = false;
            } else if (!parentDecided && batchParent(i) != null) {
                fail(i, ImportRefusal.Reason.PARENT_REFUSED, "parentCode",
                        "parent " + rows.get(i).parentCode() + " (row "
                                + batchParent(i) + ") was refused");
            } else {
                parentDecided = decide(i);
            }
        }
    }

    private Integer batchParent(int i) {
        String parentCode = rows.get(i).parentCode();
        return parentCode == null ? null : indexByCode.get(parentCode);
    }

    /** Decides row i, whose parent in the batch (if any) is decided; returns whether it was taken. */
    private boolean decide(int i) {
        UnitImportRow row = rows.get(i);
        OrgUnit parent = null;
        if (row.parentCode() != null) {
            parent = batchParent(i) != null ? planned.get(row.parentCode()) : existing.get(row.parentCode());
            if (parent == null) {
                return fail(i, ImportRefusal.Reason.PARENT_UNKNOWN, "parentCode", "unknown unit " + row.parentCode());
            }
        }
        UnitKind kind = NestingRules.parseKind(row.kind());
        String problem = NestingRules.placementProblem(kind, parent);
        if (problem != null) {
            return fail(i, ImportRefusal.Reason.NESTING, "parentCode", problem);
        }
        OrgUnit unit = existing.get(row.code());
        String name = row.name().strip();
        List<String> emails = row.notificationEmails() == null
                ? null
                : NotificationAddresses.normalized(row.notificationEmails());
        if (unit == null) {
            steps.add(new ImportStep.Create(i, row.code(), name, kind, row.parentCode(), row.validFrom(),
                    emails == null ? List.of() : emails));
            return taken(i, future(row.code(), kind));
        }
        if (unit.validTo != null) {
            return fail(i, ImportRefusal.Reason.DISSOLVED, "code",
                    "unit " + unit.code + " was dissolved on " + unit.validTo);
        }
        if (!Objects.equals(unit.parentCode(), row.parentCode())) {
            return fail(i, ImportRefusal.Reason.PARENT_CHANGED, "parentCode",
                    unit.code + " sits under " + unit.parentCode()
                            + "; changing the parent is a move (POST /api/v1/units/" + unit.code + "/move)");
        }
        if (unit.name.equals(name) && unit.kind == kind
                && (emails == null || emails.equals(unit.notificationEmails))) {
            unchanged++;
            return taken(i, unit);
        }
        if (!kind.mayHaveSubUnits() && hasSubUnits.test(unit)) {
            return fail(i, ImportRefusal.Reason.KIND_HAS_SUB_UNITS, "kind",
                    "a " + kind + " has no sub-units, and " + unit.code
                            + " has some");
        }
        steps.add(new ImportStep.Update(i, unit, name, kind, emails));
        return taken(i, future(unit.code, kind));
    }

    /** A unit as a step will leave it, for placing its children: its code and kind, not dissolved. */
    private static OrgUnit future(String code, UnitKind kind) {
        OrgUnit unit = new OrgUnit();
        unit.code = code;
        unit.kind = kind;
        return unit;
    }

    private boolean taken(int i, OrgUnit unit) {
        state[i] = State.DONE;
        planned.put(unit.code, unit);
        return true;
    }

    private boolean fail(int i, ImportRefusal.Reason reason, String field, String message) {
        state[i] = State.FAILED;
        UnitImportRow row = rows.get(i);
        refusals.add(new ImportRefusal(i, row == null ? null : row.code(), field, message, reason));
        return false;
    }
}
