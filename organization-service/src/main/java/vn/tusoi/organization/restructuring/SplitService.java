package vn.tusoi.organization.restructuring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.organization.importing.UnitImportRow;
import vn.tusoi.organization.member.MemberService;
import vn.tusoi.organization.unit.NestingRules;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.OrgUnitRepository;
import vn.tusoi.organization.unit.UnitFactory;
import vn.tusoi.organization.unit.UnitHistory;
import vn.tusoi.organization.unit.UnitLineage;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * One unit into new ones, on a date: each of its sub-units and members is assigned to one of them, then it is
 * dissolved, and each new unit records it as its predecessor. A refused split changes nothing.
 */
@ApplicationScoped
@Transactional
public class SplitService {

    private final OrgUnitRepository units;
    private final UnitHistory history;
    private final UnitChanges changes;
    private final UnitFactory factory;
    private final MemberService members;
    private final EntityManager em;

    public SplitService(OrgUnitRepository units, UnitHistory history, UnitChanges changes, UnitFactory factory,
            MemberService members, EntityManager em) {
        this.units = units;
        this.history = history;
        this.changes = changes;
        this.factory = factory;
        this.members = members;
        this.em = em;
    }

    public List<OrgUnit> split(String code, List<UnitImportRow> targets, Map<String, String> subUnits,
            Map<String, String> memberTargets, LocalDate effective) {
        OrgUnit source = changes.active(code, "code");
        Set<String> targetCodes = new LinkedHashSet<>();
        for (UnitImportRow target : targets) {
            if (target == null || target.code() == null || !targetCodes.add(target.code())
                    || units.findByCode(target.code()).isPresent()) {
                throw new RuleViolation(422, "split-target-not-new", "targets",
                        "each target is a new unit with its own code");
            }
        }
        List<String> sourceMembers = em.createQuery("SELECT m.registryNo FROM Member m WHERE m.unit = ?1"
                + " ORDER BY m.registryNo", String.class).setParameter(1, source).getResultList();
        List<String> unassigned = new ArrayList<>();
        for (OrgUnit child : units.activeChildren(source)) {
            if (!targetCodes.contains(subUnits.get(child.code))) {
                unassigned.add(child.code);
            }
        }
        for (String registryNo : sourceMembers) {
            if (!targetCodes.contains(memberTargets.get(registryNo))) {
                unassigned.add(registryNo);
            }
        }
        if (!unassigned.isEmpty()) {
            throw new RuleViolation(422, "split-unassigned", "subUnits", "every sub-unit and member of " + code
                    + " goes to one of the targets; unassigned: " + unassigned);
        }
        List<OrgUnit> successors = new ArrayList<>();
        for (UnitImportRow target : targets) {
            OrgUnit successor = changes.establish(target, effective);
            factory.succeed(source, successor, UnitLineage.Change.SPLIT, effective);
            successors.add(successor);
        }
        for (OrgUnit child : units.activeChildren(source)) {
            OrgUnit successor = units.findByCode(subUnits.get(child.code)).orElseThrow();
            String problem = NestingRules.placementProblem(child.kind, successor);
            if (problem != null) {
                throw new RuleViolation(422, "nesting-not-allowed", "subUnits", child.code + ": " + problem);
            }
            changes.moveUnder(child, successor, effective);
        }
        for (String registryNo : sourceMembers) {
            members.transfer(registryNo, memberTargets.get(registryNo));
        }
        source.validTo = effective;
        source.memberCount = 0;
        source.version++;
        history.changed(source, effective);
        return successors;
    }
}
