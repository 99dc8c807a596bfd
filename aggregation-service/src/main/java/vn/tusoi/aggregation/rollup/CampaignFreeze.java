package vn.tusoi.aggregation.rollup;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.tusoi.aggregation.events.FrozenRollup;
import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.FrozenRollups;
import vn.tusoi.platform.outbox.Outbox;

/**
 * When a campaign is closed, keeps its roll-up at every unit of the issuing unit's subtree as it stands, with each
 * unit's place in the tree, in the closing batch's transaction; and publishes it on the compacted
 * {@code rollup.frozen} topic, the only place a rebuild can find it again once the tree has changed.
 */
@ApplicationScoped
class CampaignFreeze {

    private static final int SLICE = 1_000;

    private final RollupViews views;
    private final RollupEventMapper mapper;
    private final FrozenRollups frozen;
    private final Outbox outbox;

    CampaignFreeze(RollupViews views, RollupEventMapper mapper, FrozenRollups frozen, Outbox outbox) {
        this.views = views;
        this.mapper = mapper;
        this.frozen = frozen;
        this.outbox = outbox;
    }

    /** Freezes the campaign's roll-ups unless they were frozen already; returns how many units it froze. */
    int freeze(CampaignInfo campaign) {
        if (frozen.exists(campaign.code)) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int[] units = {0};
        // each with its own part, so that the frozen children show whether they had held it
        views.eachInSubtree(campaign, campaign.issuingUnitCode, SLICE, slice -> {
            List<FrozenRollup> rollups = slice.stream().map(unit -> new FrozenRollup(campaign.code,
                    unit.rollup().unitCode(), unit.parentCode(), unit.ancestors(), now,
                    mapper.toEvent(unit.rollup()))).toList();
            frozen.save(rollups);
            units[0] += rollups.size();
        });
        // their events from the rows just written, in one statement: each row's JSON is its event's data
        outbox.recordSelected(FrozenRollup.TOPIC, FrozenRollup.TYPE, FrozenRollups.EVENTS, campaign.code);
        return units[0];
    }
}
