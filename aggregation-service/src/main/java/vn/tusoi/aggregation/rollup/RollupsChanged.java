package vn.tusoi.aggregation.rollup;

import java.util.List;

/**
 * The roll-ups a committed batch changed, as they now stand, and whether it changed units or campaigns (where a
 * unit sits, what a campaign covers); fired in the batch's transaction.
 */
public record RollupsChanged(List<UnitRollup> rollups, boolean treeChanged) {
}
