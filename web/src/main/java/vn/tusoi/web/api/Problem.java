package vn.tusoi.web.api;

import java.util.List;

/** A service's problem+json answer: the rule broken ({@code type}), the field at fault, each field's error. */
public record Problem(String type, String title, int status, String detail, String field, List<FieldError> errors) {

    public static final String TYPE_PREFIX = "urn:tusoi:problem:";

    public record FieldError(String field, String message) {
    }

    /** The rule's short name ({@code held-on-in-future}), or null when the type is not one of the services'. */
    public String rule() {
        return type != null && type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : null;
    }
}
