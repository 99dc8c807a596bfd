package vn.tusoi.session.api;

import jakarta.validation.constraints.Size;

/** The superior committee's word on a submitted session: required when returning it. */
public record ReviewDecision(@Size(max = 2000) String reason) {
}
