package vn.tusoi.organization.restructuring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.tusoi.organization.importing.UnitImportRow;
import vn.tusoi.organization.unit.Access;
import vn.tusoi.organization.unit.NestingRules;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.OrgUnitRepository;
import vn.tusoi.organization.unit.UnitFactory;
import vn.tusoi.organization.unit.UnitHistory;
import vn.tusoi.organization.unit.UnitLineage;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * N units into one, on a date: the sources' sub-units move under the target (a new unit, or an existing one), the
 * sources are dissolved, and the target records them as its predecessors. A refused merge changes nothing.
 */
@ApplicationScoped
@Transactional
public class MergeService {

    private final OrgUnitRepository units;
    private final UnitHistory history;
    private final UnitChanges changes;
    private final UnitFactory factory;
    private final Access access;

    public MergeService(OrgUnitRepository units, UnitHistory history, UnitChanges changes, UnitFactory factory,
            Access access) {
        this.units = units;
        this.history = history;
        this.changes = changes;
        this.factory = factory;
        this.access = access;
    }

    public OrgUnit merge(List<String> sourceCodes, UnitImportRow target, LocalDate effective) {
        Set<String> distinct = new LinkedHashSet<>(sourceCodes);
        if (distinct.size() < 2 || distinct.size() != sourceCodes.size()) {
            throw new RuleViolation(422, "merge-sources-too-few", "sourceCodes",
                    "a merge names two or more different units");
        }
        if (target == null || target.code() == null || distinct.contains(target.code())) {
            throw new RuleViolation(422, "merge-target-is-source", "target.code",
                    "the target is a unit other than the sources");
        }
        List<OrgUnit> sources = new ArrayList<>();
        for (String code : distinct) {
            sources.add(changes.active(code, "sourceCodes"));
        }
        OrgUnit successor = successor(target, effective);
        for (OrgUnit source : sources) {
            if (successor.path.startsWith(source.path)) {
                throw new RuleViolation(422, "merge-target-inside-source", "target.parentCode",
                        "the target sits inside " + source.code + ", which the merge dissolves");
            }
            for (OrgUnit child : units.activeChildren(source)) {
                String problem = NestingRules.placementProblem(child.kind, successor);
                if (problem != null) {
                    throw new RuleViolation(422, "nesting-not-allowed", "target.kind", "sub-unit " + child.code
                            + " of " + source.code + " cannot follow into the target: " + problem);
                }
                changes.moveUnder(child, successor, effective);
            }
        }
        for (OrgUnit source : sources) {
            source.validTo = effective;
            source.version++;
            history.changed(source, effective);
            successor.memberCount += source.memberCount;
            factory.succeed(source, successor, UnitLineage.Change.MERGE, effective);
        }
        successor.version++;
        history.changed(successor, effective);
        return successor;
    }

    /** The target: established when new, else an active unit in the caller's units. */
    private OrgUnit successor(UnitImportRow target, LocalDate effective) {
        OrgUnit successor = units.findByCode(target.code()).orElse(null);
        if (successor == null) {
            return changes.establish(target, effective);
        }
        access.requireCaptures(successor, "target.code");
        if (successor.validTo != null) {
            throw new RuleViolation(422, "unit-dissolved", "target.code",
                    "unit " + successor.code + " was dissolved on " + successor.validTo);
        }
        return successor;
    }
}
