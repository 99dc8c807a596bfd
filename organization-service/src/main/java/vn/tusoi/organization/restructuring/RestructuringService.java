package vn.tusoi.organization.restructuring;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.tusoi.organization.unit.NestingRules;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.OrgUnitRepository;
import vn.tusoi.organization.unit.UnitHistory;
import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * The changes of one unit with an effective date: rename, move (with the subtree) and dissolve ({@link MergeService}
 * and {@link SplitService} change several). Each keeps history (reads as of a date), checks {@code If-Match}, and
 * publishes every unit it changes; a refused change changes nothing.
 */
@ApplicationScoped
@Transactional
public class RestructuringService {

    private final OrgUnitRepository units;
    private final UnitHistory history;
    private final UnitChanges changes;
    private final Preconditions preconditions;

    public RestructuringService(OrgUnitRepository units, UnitHistory history, UnitChanges changes,
            Preconditions preconditions) {
        this.units = units;
        this.history = history;
        this.changes = changes;
        this.preconditions = preconditions;
    }

    public OrgUnit rename(String code, String name, LocalDate effective) {
        OrgUnit unit = changes.active(code, "code");
        preconditions.require("unit " + code, unit.version);
        if (!unit.name.equals(name.strip())) {
            unit.rename(name);
            unit.version++;
            history.changed(unit, effective);
        }
        return unit;
    }

    /** Moves the unit, and everything under it, under a new parent. */
    public OrgUnit move(String code, String newParentCode, LocalDate effective) {
        OrgUnit unit = changes.active(code, "code");
        preconditions.require("unit " + code, unit.version);
        OrgUnit parent = changes.active(newParentCode, "newParentCode");
        if (parent.path.startsWith(unit.path)) {
            throw new RuleViolation(422, "move-makes-cycle", "newParentCode",
                    newParentCode + " is in the subtree of " + code + ": the move would make a cycle");
        }
        String problem = NestingRules.placementProblem(unit.kind, parent);
        if (problem != null) {
            throw new RuleViolation(422, "nesting-not-allowed", "newParentCode", problem);
        }
        if (parent.code.equals(unit.parentCode())) {
            return unit;
        }
        changes.moveUnder(unit, parent, effective);
        return unit;
    }

    /** Dissolves a unit that has no sub-units left. */
    public OrgUnit dissolve(String code, LocalDate effective) {
        OrgUnit unit = changes.active(code, "code");
        preconditions.require("unit " + code, unit.version);
        List<OrgUnit> children = units.activeChildren(unit);
        if (!children.isEmpty()) {
            throw new RuleViolation(409, "unit-has-sub-units", "code", code + " still has " + children.size()
                    + " sub-units; move, merge or dissolve them first");
        }
        unit.validTo = effective;
        unit.version++;
        history.changed(unit, effective);
        return unit;
    }
}
