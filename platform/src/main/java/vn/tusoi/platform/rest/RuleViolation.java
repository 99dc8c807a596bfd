package vn.tusoi.platform.rest;

/** A request that breaks a rule of the domain; answered with a 4xx naming the field. */
public class RuleViolation extends RuntimeException {

    private final int status;
    private final String field;

    public RuleViolation(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
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
}
