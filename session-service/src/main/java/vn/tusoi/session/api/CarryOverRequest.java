package vn.tusoi.session.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The later session of the same unit that takes an unresolved shortcoming over. */
public record CarryOverRequest(@NotNull UUID sessionId) {
}
