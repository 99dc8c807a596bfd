package vn.tusoi.session.remediation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A shortcoming named in a session, with its causes and the remediation committed to; responsibility defaults to
 * COLLECTIVE. When a shortcoming is corrected (PUT), an action that names its {@code id} is changed, one without is
 * added; an action is never removed: a commitment once recorded is corrected, not erased.
 */
@Schema(name = "ShortcomingRequest")
public record ShortcomingDraft(
        @NotNull Shortcoming.Area area,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 20) List<@NotNull @Valid Cause> causes,
        @Size(max = 2000) String rootCause,
        Shortcoming.Responsibility responsibility,
        @Size(max = 64) String responsibleMember,
        @Size(max = 50) List<@NotNull @Valid Action> actions) {

    @Schema(name = "CauseRequest")
    public record Cause(@NotNull Shortcoming.CauseKind kind, @NotBlank @Size(max = 2000) String description) {
    }

    @Schema(name = "ActionRequest")
    public record Action(UUID id, @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 255) String owner, @NotNull LocalDate dueOn) {
    }

    public Shortcoming.Responsibility responsibilityOrDefault() {
        return responsibility == null ? Shortcoming.Responsibility.COLLECTIVE : responsibility;
    }
}
