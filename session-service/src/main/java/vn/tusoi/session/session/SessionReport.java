package vn.tusoi.session.session;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's review session as the unit (or its provincial system) reports it; status defaults to HELD. */
@Schema(name = "SessionRequest")
public record SessionReport(
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

    public ReviewSession.Status statusOrDefault() {
        return status == null ? ReviewSession.Status.HELD : status;
    }

    public List<String> delegatesOrNone() {
        return delegates == null ? List.of() : delegates;
    }

    public ReviewSession.Kind kindOrDefault() {
        return kind == null ? ReviewSession.Kind.THEMATIC : kind;
    }
}
