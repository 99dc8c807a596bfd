package vn.tusoi.web.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import vn.tusoi.web.api.Problem;

/**
 * A service refused what a form sent: the problem it answered and, for the form, the sentence to show next to each
 * field at fault (or above the form when no field is named).
 */
public record Refusal(Problem problem, Map<String, String> byField, String message) {

    /** Nothing refused: the form as it was read. */
    public static final Refusal NONE = new Refusal(null, Map.of(), null);

    /** The refusal a service's 4xx answer carries; other failures are not a form's to show. */
    public static Refusal of(WebApplicationException e) {
        Response response = e.getResponse();
        Problem problem;
        try {
            problem = response.readEntity(Problem.class);
        } catch (RuntimeException unreadable) {
            problem = null;
        }
        if (problem == null) {
            problem = new Problem(null, null, response.getStatus(), e.getMessage(), null, null);
        }
        return of(problem);
    }

    public static Refusal of(Problem problem) {
        Map<String, String> byField = new LinkedHashMap<>();
        if (problem.errors() != null) {
            for (Problem.FieldError error : problem.errors()) {
                byField.putIfAbsent(error.field(), "Thông tin «" + ProblemWords.field(error.field())
                        + "» chưa hợp lệ; vui lòng kiểm tra lại.");
            }
        }
        String message = ProblemWords.of(problem);
        if (problem.field() != null && byField.isEmpty()) {
            byField.put(problem.field(), message);
        }
        return new Refusal(problem, byField, message);
    }

    /**
     * Sends a form's writes: nothing refused, or the refusal the form shows (a 4xx); the services' own failures (a
     * 5xx, an expired sign-in) go on to the error pages.
     */
    public static Refusal sending(Runnable writes) {
        try {
            writes.run();
            return NONE;
        } catch (WebApplicationException e) {
            if (!isFormsToShow(e)) {
                throw e;
            }
            return of(e);
        }
    }

    /** A 4xx a form shows to its user; a 5xx is the services' failure, shown as such. */
    private static boolean isFormsToShow(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return status >= 400 && status < 500 && status != 401;
    }

    /** The sentence for one field, or null. */
    public String at(String field) {
        return byField.get(field);
    }

    /** The sentence for one group of a score sheet's points ({@code score.points.<group>}), or null. */
    public String atScore(String group) {
        return byField.get("score.points." + group);
    }

    public int status() {
        return problem != null ? problem.status() : byField.isEmpty() ? 200 : 400;
    }

    public boolean any() {
        return message != null;
    }
}
