package vn.tusoi.web.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A committee's decision on several sessions, and what became of each. */
public final class Decisions {

    private Decisions() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String decision, String reason, List<Item> sessions) {
    }

    public record Item(UUID id, Long version) {
    }

    public record Results(int decided, int refused, List<Result> results) {
    }

    public record Result(UUID id, int status, Session session, Problem problem) {
    }
}
