package vn.tusoi.aggregation.service;

import java.util.List;

import vn.tusoi.aggregation.rest.ProgressView;

/**
 * The roll-ups a committed batch changed, as they now stand, and whether it changed units or campaigns (where a
 * unit sits, what a campaign covers); fired in the batch's transaction.
 */
public record RollupsChanged(List<ProgressView> rollups, boolean treeChanged) {
}
