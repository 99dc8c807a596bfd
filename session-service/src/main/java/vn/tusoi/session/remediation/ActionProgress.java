package vn.tusoi.session.remediation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit's progress report on an action; absent fields stay as they are. */
@Schema(name = "ActionUpdate")
public record ActionProgress(RemediationAction.Status status, @Min(0) @Max(100) Integer progressPercent,
        @Size(max = 4000) String notes) {
}
