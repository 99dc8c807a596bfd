package vn.tusoi.session.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A campaign as a committee issues it, e.g. plan 87-KH/HU of 30/6/2023. */
public record CampaignRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}./_-]*", message = "letters, digits, '.', '/', '_' or '-'") String code,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 2000) String theme,
        @NotBlank @Size(max = 64) String issuingUnitCode,
        @NotEmpty @Size(max = 7) List<@NotNull UnitKind> scopeKinds,
        @NotNull LocalDate startDate,
        @NotNull LocalDate deadline,
        @Size(max = 500) String planReference,
        /** The checklist its members' self-reviews use; NQ04-27 (the 27 manifestations of NQ 04) if none. */
        @Size(max = 64) String checklistId,
        /** The period its grades are for (2026, 2026-Q3, 2020-2025 or an occasion's code); its deadline's year if none. */
        @Size(max = 64) String gradingPeriod) {

    /** The unit kinds a campaign can put in scope (organization-service's kinds). */
    public enum UnitKind {
        CENTRAL, PROVINCE, DISTRICT, BLOC, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, PARTIAL_COMMITTEE, CELL
    }
}
