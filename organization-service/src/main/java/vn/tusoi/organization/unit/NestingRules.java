package vn.tusoi.organization.unit;

import java.util.Arrays;
import java.util.regex.Pattern;

/** Which units may sit where, and what a unit's code and name may be: the hierarchy's rules, for every writer. */
public final class NestingRules {

    /** A unit's code: letters, digits, '.', '_' or '-', at most 64. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final int MAX_NAME = 255;

    private NestingRules() {
    }

    /** A field of a unit to be written that breaks a rule: the field, the rule's name and why. */
    public record FieldProblem(String field, String rule, String message) {
    }

    /**
     * The first of a new or imported unit's fields that breaks a rule (code, name, kind, the parent's code), or null:
     * checked before anything is looked up.
     */
    public static FieldProblem fieldProblem(String code, String name, String kind, String parentCode) {
        if (code == null || !CODE.matcher(code).matches()) {
            return new FieldProblem("code", "unit-code-invalid",
                    "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            return new FieldProblem("name", "unit-name-invalid",
                    "must be non-blank and at most " + MAX_NAME + " characters");
        }
        if (kind == null || parseKind(kind) == null) {
            return new FieldProblem("kind", "unit-kind-unknown",
                    "must be one of " + Arrays.toString(UnitKind.values()));
        }
        if (parentCode != null && !CODE.matcher(parentCode).matches()) {
            return new FieldProblem("parentCode", "unit-code-invalid", "not a valid unit code");
        }
        return null;
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
