package vn.tusoi.session.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import vn.tusoi.session.remediation.RemediationAction;

/** The unit's progress report on an action; absent fields stay as they are. */
public record ActionUpdate(RemediationAction.Status status, @Min(0) @Max(100) Integer progressPercent,
        @Size(max = 4000) String notes) {
}
