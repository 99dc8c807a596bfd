package vn.tusoi.session.hierarchy;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.events.UnitChanged;

/** The local copy of the hierarchy: applies unit events (newest version wins) and answers unit look-ups. */
@ApplicationScoped
public class UnitDirectory {

    private final KnownUnitRepository units;
    private final UnitLookup lookup;

    public UnitDirectory(KnownUnitRepository units, UnitLookup lookup) {
        this.units = units;
        this.lookup = lookup;
    }

    /** Applies the events in order; a version at or below the stored one was already applied and is ignored. */
    @Transactional
    public int apply(List<UnitChanged> events) {
        int applied = 0;
        for (UnitChanged event : events) {
            KnownUnit unit = units.findById(event.code());
            if (unit != null && unit.version >= event.version()) {
                continue;
            }
            boolean isNew = unit == null;
            if (isNew) {
                unit = new KnownUnit();
                unit.code = event.code();
            }
            unit.kind = event.kind();
            unit.parentCode = event.parentCode();
            unit.ancestors = "/" + String.join("/", event.ancestors()) + (event.ancestors().isEmpty() ? "" : "/");
            unit.validTo = event.validTo();
            unit.version = event.version();
            if (isNew) {
                units.persist(unit);
            }
            applied++;
        }
        return applied;
    }

    /**
     * The unit as organization-service has it now (a unit moved a moment ago may not have its event here yet), or the
     * local copy when it cannot tell.
     */
    public KnownUnit refreshed(KnownUnit unit, String field) {
        if (lookup.enabled() && lookup.refresh(unit.code, field)) {
            units.getEntityManager().refresh(unit);
        }
        return unit;
    }

    /** Makes sure each of these units is known here if organization-service knows it (see {@link UnitLookup}). */
    public void learn(Collection<String> codes, String field) {
        for (String code : codes) {
            if (code != null && units.findById(code) == null) {
                lookup.refresh(code, field);
            }
        }
    }

    /**
     * The unit, or a 422 naming the field if it is unknown or dissolved (asking organization-service first about a
     * unit not known here). Not transactional of its own, so that a
     * refusal does not doom the caller's transaction (a bulk import goes on with its other rows).
     */
    public KnownUnit requireActive(String code, String field) {
        KnownUnit unit = units.findById(code);
        if (unit == null && lookup.refresh(code, field)) {
            // imported a moment ago: organization-service knew it before its event reached us
            unit = units.findById(code);
        }
        if (unit == null) {
            throw new RuleViolation(422, "unit-unknown", field, "unknown unit " + code);
        }
        if (unit.validTo != null) {
            throw new RuleViolation(422, "unit-dissolved", field, "unit " + code + " was dissolved on " + unit.validTo);
        }
        return unit;
    }
}
