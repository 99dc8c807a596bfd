package vn.tusoi.aggregation.service;

import java.util.List;

import vn.tusoi.aggregation.rest.ProgressView;

/** The roll-ups a committed batch changed, as they now stand; fired in the batch's transaction. */
public record RollupsChanged(List<ProgressView> rollups) {
}
