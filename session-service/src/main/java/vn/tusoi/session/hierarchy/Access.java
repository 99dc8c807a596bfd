package vn.tusoi.session.hierarchy;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.security.Roles;

/**
 * What the caller may read and write, decided on the local copy of the hierarchy: a unit is in scope when it is the
 * caller's unit or lies under it (see the README's Security table).
 */
@ApplicationScoped
public class Access {

    private final Caller caller;
    private final KnownUnitRepository units;

    public Access(Caller caller, KnownUnitRepository units) {
        this.caller = caller;
        this.units = units;
    }

    public Caller caller() {
        return caller;
    }

    /** The caller may write this unit's records (their unit or below). */
    public void requireCaptures(String unitCode, String field) {
        caller.requireCaptures(unitCode, ancestors(unitCode), field);
    }

    /** The caller may read this unit's records. */
    public void requireSees(String unitCode, String field) {
        caller.requireSees(unitCode, ancestors(unitCode), field);
    }

    /** The caller is a committee above the unit, the one that reviews (approves, verifies, decides) its records. */
    public void requireSupervises(String unitCode, String field) {
        caller.requireSupervises(unitCode, ancestors(unitCode), field);
    }

    /**
     * Whether the campaigns a unit issues concern the caller: those under the unit carry them out, those above or at
     * it within their view oversee them.
     */
    public boolean concernedByCampaignsOf(String issuingUnitCode) {
        return caller.isAdmin() || concerns(issuingUnitCode);
    }

    /** The issuing units whose campaigns concern the caller: their view root and every unit above it. */
    public List<String> unitsAboveView() {
        String root = caller.viewRoot().orElseThrow();
        List<String> above = new ArrayList<>(ancestors(root));
        above.add(root);
        return above;
    }

    /** A self-review is the member's own, or the caller is the cell's leadership or a committee above it. */
    /** Whether the caller is the member whose self-review this is (their token carries the registry number). */
    public boolean isOwnSelfReview(String registryNo) {
        return caller.has(Roles.MEMBER) && caller.memberNumber().filter(registryNo::equals).isPresent();
    }

    public void requireSelfReviewAccess(String registryNo, String unitCode, boolean write) {
        if (caller.isAdmin()) {
            return;
        }
        if (isOwnSelfReview(registryNo)) {
            if (write) {
                // a member files their review in their own cell
                requireCaptures(unitCode, "unitCode");
            }
            return;
        }
        if (caller.has(Roles.OFFICER) || caller.has(Roles.SECRETARY)) {
            if (write) {
                requireCaptures(unitCode, "registryNo");
            } else {
                requireSees(unitCode, "registryNo");
            }
            return;
        }
        throw new RuleViolation(403, "self-review-private", "registryNo",
                "a member's self-review is only for the member and the"
                        + " committees that review it");
    }

    /**
     * Refuses a member who asks for another member's self-review before looking it up, so that the answer does not
     * tell whether it exists.
     */
    public void requireMayAskForSelfReview(String registryNo) {
        boolean onlyMember = caller.has(Roles.MEMBER) && !caller.isAdmin() && !caller.has(Roles.OFFICER)
                && !caller.has(Roles.SECRETARY);
        if (onlyMember && caller.memberNumber().filter(registryNo::equals).isEmpty()) {
            throw new RuleViolation(403, "self-review-private", "registryNo",
                    "a member reads only their own self-review");
        }
    }

    private boolean concerns(String issuingUnitCode) {
        List<String> issuerAncestors = ancestors(issuingUnitCode);
        return caller.sees(issuingUnitCode, issuerAncestors) || unitsAboveView().contains(issuingUnitCode);
    }

    private List<String> ancestors(String unitCode) {
        KnownUnit unit = unitCode == null ? null : units.findById(unitCode);
        return unit == null ? List.of() : unit.ancestorCodes();
    }
}
