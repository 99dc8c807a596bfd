package vn.tusoi.organization.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.tusoi.organization.importing.UnitImportRow;

/** The bodies of the restructuring operations; each takes effect on {@code effectiveDate}. */
public final class RestructuringRequests {

    private RestructuringRequests() {
    }

    public record Move(@NotBlank @Size(max = 64) String newParentCode, @NotNull LocalDate effectiveDate) {
    }

    public record Rename(@NotBlank @Size(max = 255) String name, @NotNull LocalDate effectiveDate) {
    }

    public record Dissolve(@NotNull LocalDate effectiveDate) {
    }

    /** One unit into new ones; {@code subUnits} and {@code members} map each sub-unit code and registry number to a target. */
    public record Split(@NotNull @Size(min = 2, max = 100) List<@NotNull UnitImportRow> targets,
            Map<@NotBlank String, @NotBlank String> subUnits, Map<@NotBlank String, @NotBlank String> members,
            @NotNull LocalDate effectiveDate) {

        public Map<String, String> subUnitsOrNone() {
            return subUnits == null ? Map.of() : subUnits;
        }

        public Map<String, String> membersOrNone() {
            return members == null ? Map.of() : members;
        }
    }

    /** N units into one: {@code target} is a new unit ({code, name, kind, parentCode}) or an existing one (code). */
    public record Merge(@NotNull @Size(min = 2, max = 100) List<@NotBlank @Size(max = 64) String> sourceCodes,
            @NotNull UnitImportRow target, @NotNull LocalDate effectiveDate) {
    }
}
