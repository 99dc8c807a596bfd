package vn.tusoi.session.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.tusoi.platform.rest.Problem;

/** What became of each session of a decision on several: its new state, or the problem that kept it as it was. */
public record DecisionResults(int decided, int refused, List<Result> results) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(UUID id, int status, SessionView session, Problem problem) {
    }
}
