package vn.tusoi.session.session;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A superior committee's decision on several submitted sessions at once: approve them all, or return them all with
 * one reason. Each session may name the version the committee read; a session changed since is refused alone.
 */
@Schema(name = "SessionDecisions")
public record BulkDecision(
        @NotNull Decision decision,
        @Size(max = 2000) String reason,
        @NotNull @Size(min = 1, max = MAX_SESSIONS) List<@NotNull @Valid Item> sessions) {

    public static final int MAX_SESSIONS = 100;

    public enum Decision {
        APPROVE, RETURN
    }

    public record Item(@NotNull UUID id, @Positive Long version) {
    }
}
