package vn.tusoi.organization.unit;

import java.util.regex.Pattern;

/** Which units may sit where, and what a unit's code and name may be: the hierarchy's rules, for every writer. */
public final class NestingRules {

    /** A unit's code: letters, digits, '.', '_' or '-', at most 64. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final int MAX_NAME = 255;

    private NestingRules() {
    }

    /** Why a unit of this kind cannot sit under this parent, or null if it can. */
    public static String placementProblem(UnitKind kind, OrgUnit parent) {
        if (parent == null) {
            return kind.mayBeRoot() ? null : "a " + kind + " must sit under one of " + kind.allowedParents();
        }
        if (parent.validTo != null) {
            return "parent " + parent.code + " was dissolved on " + parent.validTo;
        }
        if (!kind.allowedParents().contains(parent.kind)) {
            return kind.allowedParents().isEmpty()
                    ? "a " + kind + " is a root and has no parent"
                    : "a " + kind + " cannot sit under a " + parent.kind + " (allowed: " + kind.allowedParents() + ")";
        }
        return null;
    }

    /** The kind of this name, or null if there is none. */
    public static UnitKind parseKind(String kind) {
        try {
            return UnitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
