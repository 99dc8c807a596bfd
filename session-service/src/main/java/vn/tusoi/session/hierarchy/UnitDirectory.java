package vn.tusoi.session.hierarchy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.session.events.UnitChanged;

/** The local copy of the hierarchy: applies unit events (newest version wins) and answers unit look-ups. */
@ApplicationScoped
public class UnitDirectory {

    private static final int IN_LIST_CHUNK = 1000;

    private final KnownUnitRepository units;
    private final UnitLookup lookup;
    private final Caller caller;

    public UnitDirectory(KnownUnitRepository units, UnitLookup lookup, Caller caller) {
        this.units = units;
        this.caller = caller;
        this.lookup = lookup;
    }

    /**
     * Applies the events in order; a version at or below the stored one was already applied and is ignored. The
     * batch's units are read at once: a move publishes every unit of its subtree, and a district's 700 events were
     * 700 queries.
     */
    @Transactional
    public int apply(List<UnitChanged> events) {
        Map<String, KnownUnit> stored = stored(events.stream().map(UnitChanged::code).toList());
        int applied = 0;
        for (UnitChanged event : events) {
            KnownUnit unit = stored.get(event.code());
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
                stored.put(unit.code, unit);
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

    /** Which of these units this service knows, read at once. */
    public Set<String> known(Collection<String> codes) {
        return stored(codes).keySet();
    }

    /** The stored units of these codes, by code, read a thousand codes a query. */
    private Map<String, KnownUnit> stored(Collection<String> codes) {
        List<String> all = codes.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, KnownUnit> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
            units.list("code in ?1", all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK)))
                    .forEach(unit -> found.put(unit.code, unit));
        }
        return found;
    }

    /**
     * Asks organization-service, in one request, about the units not known here (see {@link UnitLookup}); those it
     * does not have, or will not show the caller, stay unknown.
     */
    public void learn(Collection<String> unknownCodes, String field) {
        lookup.refreshAll(unknownCodes.stream().filter(Objects::nonNull).distinct().toList(), field);
    }

    /**
     * The unit, or a 422 naming the field if it is unknown or dissolved (asking organization-service first about a
     * unit not known here); for a caller below the national level, an unknown unit and one outside their units are
     * both 403 {@code out-of-scope}, so that no answer tells whether a unit exists outside them. Not transactional of its own, so that a
     * refusal does not doom the caller's transaction (a bulk import goes on with its other rows).
     */
    /** A unit neither this service nor organization-service has: outside the caller's units, unless national. */
    public RuleViolation unknown(String code, String field) {
        return caller.unknownUnit(code, field, "write",
                new RuleViolation(422, "unit-unknown", field, "unknown unit " + code));
    }

    public KnownUnit requireActive(String code, String field) {
        KnownUnit unit = units.findById(code);
        if (unit == null && lookup.refresh(code, field)) {
            // imported a moment ago: organization-service knew it before its event reached us
            unit = units.findById(code);
        }
        if (unit == null) {
            throw unknown(code, field);
        }
        // whether a unit outside the caller's units was dissolved is not the caller's to learn
        caller.requireSees(code, unit.ancestorCodes(), field);
        if (unit.validTo != null) {
            throw new RuleViolation(422, "unit-dissolved", field, "unit " + code + " was dissolved on " + unit.validTo);
        }
        return unit;
    }
}
