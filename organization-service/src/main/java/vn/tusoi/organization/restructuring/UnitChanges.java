package vn.tusoi.organization.restructuring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Hibernate;

import vn.tusoi.organization.importing.UnitImportRow;
import vn.tusoi.organization.unit.Access;
import vn.tusoi.organization.unit.NestingRules;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.OrgUnitRepository;
import vn.tusoi.organization.unit.UnitFactory;
import vn.tusoi.organization.unit.UnitHistory;
import vn.tusoi.organization.unit.UnitKind;
import vn.tusoi.platform.rest.RuleViolation;

/** What every restructuring does: find an active unit in the caller's units, move a subtree, establish a new unit. */
@ApplicationScoped
public class UnitChanges {

    private final OrgUnitRepository units;
    private final UnitHistory history;
    private final UnitFactory factory;
    private final Access access;
    private final DescendantRows descendantRows;

    public UnitChanges(OrgUnitRepository units, UnitHistory history, UnitFactory factory, Access access,
            DescendantRows descendantRows) {
        this.units = units;
        this.history = history;
        this.factory = factory;
        this.access = access;
        this.descendantRows = descendantRows;
    }

    /** The unit, active and in the caller's units; 404 for the path's unit (field {@code code}), else 422. */
    OrgUnit active(String code, String field) {
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

    /**
     * Places the unit and everything under it under the parent; each gets a new version from the date. The unit is
     * the caller's entity; its descendants are read and written as rows ({@link DescendantRows}).
     */
    void moveUnder(OrgUnit unit, OrgUnit parent, LocalDate effective) {
        DescendantRows.Moved descendants = descendantRows.read(unit, unit.pathUnder(parent));
        unit.placeUnder(parent);
        unit.version++;
        List<OrgUnit> moved = new ArrayList<>(List.of(unit));
        moved.addAll(descendants.after());
        history.changed(moved, effective);
        descendantRows.write(descendants);
    }

    /** A merge's or a split's new unit, checked by the rules an import's row is checked by (fields as target.*). */
    OrgUnit establish(UnitImportRow target, LocalDate effective) {
        NestingRules.FieldProblem fields = NestingRules.fieldProblem(target.code(), target.name(), target.kind(),
                target.parentCode());
        if (fields != null) {
            throw new RuleViolation(422, fields.rule(), "target." + fields.field(), fields.message());
        }
        UnitKind kind = NestingRules.parseKind(target.kind());
        if (target.parentCode() == null) {
            access.requireMayCreateRoot("target.parentCode");
        }
        OrgUnit parent = target.parentCode() == null ? null : active(target.parentCode(), "target.parentCode");
        String problem = NestingRules.placementProblem(kind, parent);
        if (problem != null) {
            throw new RuleViolation(422, "nesting-not-allowed", "target.parentCode", problem);
        }
        return factory.establish(target.code(), target.name(), kind, parent, effective);
    }
}
