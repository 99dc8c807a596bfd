package vn.tusoi.session.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What this service reads of organization-service's member events (contract: org.members, no names). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberChanged(@NotBlank String registryNo, @NotBlank String unitCode, @NotBlank String status,
        @Positive long version) {
}
