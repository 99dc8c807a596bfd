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

import org.hibernate.Hibernate;

import vn.tusoi.organization.importing.UnitImportRow;
import vn.tusoi.organization.member.MemberService;
import vn.tusoi.organization.unit.Access;
import vn.tusoi.organization.unit.NestingRules;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.OrgUnitRepository;
import vn.tusoi.organization.unit.SearchText;
import vn.tusoi.organization.unit.UnitHistory;
import vn.tusoi.organization.unit.UnitKind;
import vn.tusoi.organization.unit.UnitLineage;
import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * The hierarchy's changes with an effective date: rename, move (with the subtree), merge (N into 1), split (1 into
 * N) and dissolve.
 * Each keeps history (reads as of a date) and lineage, and publishes every unit it changes; a refused change changes
 * nothing.
 */
@ApplicationScoped
@Transactional
public class RestructuringService {

    private final OrgUnitRepository units;
    private final UnitHistory history;
    private final MemberService memberService;
    private final EntityManager em;
    private final Access access;
    private final Preconditions preconditions;

    public RestructuringService(OrgUnitRepository units, UnitHistory history, MemberService memberService,
            EntityManager em, Access access, Preconditions preconditions) {
        this.access = access;
        this.preconditions = preconditions;
        this.units = units;
        this.history = history;
        this.memberService = memberService;
        this.em = em;
    }

    public OrgUnit rename(String code, String name, LocalDate effective) {
        OrgUnit unit = active(code, "code");
        preconditions.require("unit " + code, unit.version);
        if (!unit.name.equals(name.strip())) {
            unit.name = name.strip();
            unit.searchText = SearchText.fold(unit.code + " " + unit.name);
            unit.version++;
            history.changed(unit, effective);
        }
        return unit;
    }

    /** Moves the unit, and everything under it, under a new parent. */
    public OrgUnit move(String code, String newParentCode, LocalDate effective) {
        OrgUnit unit = active(code, "code");
        preconditions.require("unit " + code, unit.version);
        OrgUnit parent = active(newParentCode, "newParentCode");
        if (parent.path.startsWith(unit.path)) {
            throw new RuleViolation(422, "move-makes-cycle", "newParentCode",
                    newParentCode + " is in the subtree of " + code
                            + ": the move would make a cycle");
        }
        String problem = NestingRules.placementProblem(unit.kind, parent);
        if (problem != null) {
            throw new RuleViolation(422, "nesting-not-allowed", "newParentCode", problem);
        }
        if (parent.code.equals(unit.parentCode())) {
            return unit;
        }
        moveUnder(unit, parent, effective);
        return unit;
    }

    /** Dissolves a unit that has no sub-units left. */
    public OrgUnit dissolve(String code, LocalDate effective) {
        OrgUnit unit = active(code, "code");
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

    /**
     * Merges the sources into the target (a new unit, or an existing one): the sources' sub-units move under the
     * target, the sources are dissolved, and the target records them as its predecessors.
     */
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
            sources.add(active(code, "sourceCodes"));
        }
        OrgUnit successor = units.findByCode(target.code()).orElse(null);
        if (successor == null) {
            successor = establish(target, effective);
        } else if (!access.captures(successor)) {
            access.requireCaptures(successor, "target.code");
        } else if (successor.validTo != null) {
            throw new RuleViolation(422, "unit-dissolved", "target.code",
                    "unit " + successor.code + " was dissolved on "
                            + successor.validTo);
        }
        for (OrgUnit source : sources) {
            if (successor.path.startsWith(source.path)) {
                throw new RuleViolation(422, "merge-target-inside-source", "target.parentCode",
                        "the target sits inside " + source.code
                                + ", which the merge dissolves");
            }
            for (OrgUnit child : units.activeChildren(source)) {
                String problem = NestingRules.placementProblem(child.kind, successor);
                if (problem != null) {
                    throw new RuleViolation(422, "nesting-not-allowed", "target.kind",
                            "sub-unit " + child.code + " of " + source.code
                                    + " cannot follow into the target: " + problem);
                }
                moveUnder(child, successor, effective);
            }
        }
        for (OrgUnit source : sources) {
            source.validTo = effective;
            source.version++;
            history.changed(source, effective);
            successor.memberCount += source.memberCount;
            successor.predecessorCodes.add(source.code);
            UnitLineage link = new UnitLineage();
            link.key = new UnitLineage.Key(source.code, successor.code);
            link.change = UnitLineage.Change.MERGE;
            link.effectiveDate = effective;
            em.persist(link);
        }
        successor.version++;
        history.changed(successor, effective);
        return successor;
    }

    /**
     * Splits a unit into new ones: each of its sub-units and members is assigned to one of them, then it is
     * dissolved, and each new unit records it as its predecessor.
     */
    public List<OrgUnit> split(String code, List<UnitImportRow> targets, Map<String, String> subUnits,
            Map<String, String> members, LocalDate effective) {
        OrgUnit source = active(code, "code");
        Set<String> targetCodes = new LinkedHashSet<>();
        for (UnitImportRow target : targets) {
            if (target == null || target.code() == null || !targetCodes.add(target.code())
                    || units.findByCode(target.code()).isPresent()) {
                throw new RuleViolation(422, "split-target-not-new", "targets",
                        "each target is a new unit with its own code");
            }
        }
        List<String> unassigned = new ArrayList<>();
        for (OrgUnit child : units.activeChildren(source)) {
            if (!targetCodes.contains(subUnits.get(child.code))) {
                unassigned.add(child.code);
            }
        }
        List<String> sourceMembers = em.createQuery("SELECT m.registryNo FROM Member m WHERE m.unit = ?1"
                + " ORDER BY m.registryNo", String.class).setParameter(1, source).getResultList();
        for (String registryNo : sourceMembers) {
            if (!targetCodes.contains(members.get(registryNo))) {
                unassigned.add(registryNo);
            }
        }
        if (!unassigned.isEmpty()) {
            throw new RuleViolation(422, "split-unassigned", "subUnits", "every sub-unit and member of " + code
                    + " goes to one of the targets; unassigned: " + unassigned);
        }
        List<OrgUnit> successors = new ArrayList<>();
        for (UnitImportRow target : targets) {
            OrgUnit successor = establish(target, effective);
            successor.predecessorCodes.add(source.code);
            successors.add(successor);
            UnitLineage link = new UnitLineage();
            link.key = new UnitLineage.Key(source.code, successor.code);
            link.change = UnitLineage.Change.SPLIT;
            link.effectiveDate = effective;
            em.persist(link);
        }
        for (OrgUnit child : units.activeChildren(source)) {
            OrgUnit successor = units.findByCode(subUnits.get(child.code)).orElseThrow();
            String problem = NestingRules.placementProblem(child.kind, successor);
            if (problem != null) {
                throw new RuleViolation(422, "nesting-not-allowed", "subUnits", child.code + ": " + problem);
            }
            moveUnder(child, successor, effective);
        }
        for (String registryNo : sourceMembers) {
            memberService.transfer(registryNo, members.get(registryNo));
        }
        source.validTo = effective;
        source.memberCount = 0;
        source.version++;
        history.changed(source, effective);
        return successors;
    }

    private OrgUnit establish(UnitImportRow target, LocalDate effective) {
        if (!NestingRules.CODE.matcher(target.code()).matches()) {
            throw new RuleViolation(422, "unit-code-invalid", "target.code", "not a valid unit code");
        }
        if (target.name() == null || target.name().isBlank() || target.name().length() > NestingRules.MAX_NAME) {
            throw new RuleViolation(422, "unit-name-invalid", "target.name", "must be non-blank and at most "
                    + NestingRules.MAX_NAME + " characters");
        }
        UnitKind kind = NestingRules.parseKind(target.kind() == null ? "" : target.kind());
        if (kind == null) {
            throw new RuleViolation(422, "unit-kind-unknown", "target.kind", "not a unit kind: " + target.kind());
        }
        if (target.parentCode() == null) {
            access.requireMayCreateRoot("target.parentCode");
        }
        OrgUnit parent = target.parentCode() == null ? null : active(target.parentCode(), "target.parentCode");
        String problem = NestingRules.placementProblem(kind, parent);
        if (problem != null) {
            throw new RuleViolation(422, "nesting-not-allowed", "target.parentCode", problem);
        }
        OrgUnit unit = new OrgUnit();
        unit.code = target.code();
        unit.name = target.name().strip();
        unit.searchText = SearchText.fold(unit.code + " " + unit.name);
        unit.kind = kind;
        unit.placeUnder(parent);
        unit.validFrom = effective;
        unit.version = 1;
        units.persist(unit);
        history.created(unit);
        return unit;
    }

    private void moveUnder(OrgUnit unit, OrgUnit parent, LocalDate effective) {
        String oldPath = unit.path;
        List<OrgUnit> moved = new ArrayList<>(List.of(unit));
        moved.addAll(units.descendants(unit));
        unit.placeUnder(parent);
        unit.version++;
        for (OrgUnit descendant : moved.subList(1, moved.size())) {
            descendant.path = unit.path + descendant.path.substring(oldPath.length());
            descendant.depth = descendant.path.split("/").length - 2;
            descendant.version++;
        }
        history.changed(moved, effective);
    }

    private OrgUnit active(String code, String field) {
        OrgUnit unit = units.findByCode(code).orElseThrow(
                () -> new RuleViolation(field.equals("code") ? 404 : 422, "unit-unknown", field,
                        "unknown unit " + code));
        // every unit a restructuring touches lies in the caller's units (checked before anything about it is told)
        access.requireCaptures(unit, field);
        if (unit.validTo != null) {
            throw new RuleViolation(422, "unit-dissolved", field, "unit " + code + " was dissolved on " + unit.validTo);
        }
        // the response names the parent after this transaction has closed, even when nothing changed
        Hibernate.initialize(unit.parent);
        return unit;
    }
}
