package vn.tusoi.platform.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail; {@code field} names the input at fault, {@code errors} lists each one. Its {@code type}
 * names the rule that was broken, {@code urn:tusoi:problem:<rule>}, stable across releases so that a client (the web
 * front end) can say it in its own words; where a failure has no rule of its own the type names its kind.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:tusoi:problem:";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String detail, String field) {
        return of(null, status, detail, field);
    }

    /** A problem of the given rule; null for the kind of failure the status says. */
    public static Problem of(String rule, int status, String detail, String field) {
        return new Problem(type(rule, status), title(status), status, detail, field, null);
    }

    public static String type(String rule, int status) {
        return TYPE_PREFIX + (rule != null ? rule : kind(status));
    }

    /** What a failure without a rule of its own is, by its status. */
    private static String kind(int status) {
        return switch (status) {
            case 400 -> "invalid-input";
            case 401 -> "not-signed-in";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "version-mismatch";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "rule-broken";
            case 503 -> "unavailable";
            default -> status >= 500 ? "server-error" : "http-" + status;
        };
    }

    public static String title(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 422 ? "Unprocessable Content" : "HTTP " + status;
    }
}
