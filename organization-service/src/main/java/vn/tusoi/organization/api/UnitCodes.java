package vn.tusoi.organization.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The codes of a look-up of many units at once: as many as a bulk report holds. */
public record UnitCodes(@NotNull @Size(max = 10_000) List<@NotNull @Size(max = 64) String> codes) {
}
