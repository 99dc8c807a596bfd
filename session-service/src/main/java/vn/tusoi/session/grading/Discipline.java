package vn.tusoi.session.grading;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A disciplinary decision as an officer records it: against the unit, or against a member of it (registryNo). */
public record Discipline(
        @NotBlank @Size(max = 64) String unitCode,
        @Size(max = 32) String registryNo,
        @NotNull @Min(1930) @Max(2200) Integer year,
        @NotBlank @Size(max = 200) String decisionReference,
        @NotNull LocalDate decidedOn) {
}
