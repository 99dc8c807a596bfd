package vn.tusoi.organization.unit;

import jakarta.enterprise.context.ApplicationScoped;

import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Caller;

/** What the caller may read and write in the hierarchy: their unit's subtree (see the README's Security table). */
@ApplicationScoped
public class Access {

    private final Caller caller;

    public Access(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    public boolean captures(OrgUnit unit) {
        return caller.captures(unit.code, unit.ancestorCodes());
    }

    public void requireCaptures(OrgUnit unit, String field) {
        caller.requireCaptures(unit.code, unit.ancestorCodes(), field);
    }

    public boolean sees(OrgUnit unit) {
        return caller.sees(unit.code, unit.ancestorCodes());
    }

    public void requireSees(OrgUnit unit, String field) {
        caller.requireSees(unit.code, unit.ancestorCodes(), field);
    }

    /** Only a national administrator creates a unit at the top of the tree. */
    public void requireMayCreateRoot(String field) {
        if (!caller.isAdmin()) {
            throw new RuleViolation(403, "root-unit-national-only", field,
                    "only a national administrator creates a unit without a parent");
        }
    }
}
