package vn.tusoi.platform.rest;

/** A request that breaks a rule of the domain; answered with a 4xx naming the field. */
public class RuleViolation extends RuntimeException {

    private final int status;
    private final String field;
    private final Integer retryAfterSeconds;

    public RuleViolation(int status, String field, String message) {
        this(status, field, message, null);
    }

    private RuleViolation(int status, String field, String message, Integer retryAfterSeconds) {
        super(message);
        this.status = status;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A 503 the client may send again after the given seconds ({@code Retry-After}). */
    public static RuleViolation unavailable(String field, String message, int retryAfterSeconds) {
        return new RuleViolation(503, field, message, retryAfterSeconds);
    }

    public static RuleViolation notFound(String what, String code) {
        return new RuleViolation(404, "code", what + " " + code + " does not exist");
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
