package vn.tusoi.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A shortcoming with its causes and actions, as session-service takes it (an action's id when it is corrected). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShortcomingRequest(String area, String description, List<Shortcoming.Cause> causes, String rootCause,
        String responsibility, String responsibleMember, List<Action> actions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(UUID id, String description, String owner, LocalDate dueOn) {
    }
}
