package vn.tusoi.session.events;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What this service reads of organization-service's unit events (contract: README, "Events"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(@NotBlank String code, @NotBlank String kind, String parentCode,
        @NotNull List<String> ancestors, LocalDate validTo, @Positive long version) {
}
