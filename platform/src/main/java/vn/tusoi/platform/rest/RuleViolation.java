package vn.tusoi.platform.rest;

import java.util.List;

/**
 * A request that breaks a rule of the domain; answered with a 4xx naming the field, its problem type naming the rule
 * ({@code urn:tusoi:problem:<rule>}, a short kebab-case name that never changes once published).
 */
public class RuleViolation extends RuntimeException {

    private final int status;
    private final String rule;
    private final String field;
    private final Integer retryAfterSeconds;
    private final List<Problem.FieldError> errors;

    /** A failure whose status says what it is (a 413 size limit, a malformed row). */
    public RuleViolation(int status, String field, String message) {
        this(status, null, field, message, null);
    }

    public RuleViolation(int status, String rule, String field, String message) {
        this(status, rule, field, message, null);
    }

    private RuleViolation(int status, String rule, String field, String message, Integer retryAfterSeconds) {
        this(status, rule, field, message, retryAfterSeconds, null);
    }

    private RuleViolation(int status, String rule, String field, String message, Integer retryAfterSeconds,
            List<Problem.FieldError> errors) {
        super(message);
        this.status = status;
        this.rule = rule;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
        this.errors = errors;
    }

    /** The violation with the records behind it, each as an entry of the problem's {@code errors}. */
    public RuleViolation listing(List<Problem.FieldError> records) {
        return new RuleViolation(status, rule, field, getMessage(), retryAfterSeconds, List.copyOf(records));
    }

    /** A 429: the caller sent more than its share; it may send again after the given seconds. */
    public static RuleViolation rateLimited(String message, int retryAfterSeconds) {
        return new RuleViolation(429, "rate-limited", null, message, retryAfterSeconds);
    }

    /** A 503 the client may send again after the given seconds ({@code Retry-After}). */
    public static RuleViolation unavailable(String field, String message, int retryAfterSeconds) {
        return new RuleViolation(503, "service-unavailable", field, message, retryAfterSeconds);
    }

    public static RuleViolation notFound(String what, String code) {
        return new RuleViolation(404, "not-found", "code", what + " " + code + " does not exist");
    }

    public int status() {
        return status;
    }

    /** The rule's name, or null when the status says it all. */
    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    /** The problem detail this violation is answered with. */
    public Problem problem() {
        Problem problem = Problem.of(rule, status, getMessage(), field);
        return errors == null
                ? problem
                : new Problem(problem.type(), problem.title(), status, problem.detail(), field, errors);
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
