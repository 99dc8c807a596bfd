package vn.tusoi.organization.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** Where a unit's notices are e-mailed ({@code []}: nowhere), and whether its e-mail is turned off. */
public record NotificationSettingsRequest(@NotNull List<String> emails, boolean emailOff) {
}
