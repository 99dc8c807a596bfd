package vn.tusoi.session.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.tusoi.session.session.ReviewSession;

/** A unit's review session as the unit (or its provincial system) reports it; status defaults to HELD. */
public record SessionRequest(
        @NotBlank @Size(max = 64) String unitCode,
        LocalDate heldOn,
        ReviewSession.Status status,
        ReviewSession.Kind kind,
        @Size(max = 255) String chair,
        @Size(max = 50) List<@NotBlank @Size(max = 255) String> delegates,
        @Valid Attendance attendance,
        @Size(max = 10000) String minutesSummary) {

    public record Attendance(@Min(0) int expected, @Min(0) int present) {
    }
}
