package vn.tusoi.aggregation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.tusoi.aggregation.CampaignInfo;
import vn.tusoi.aggregation.UnitNode;
import vn.tusoi.aggregation.event.FrozenRollup;
import vn.tusoi.aggregation.rest.ProgressView;
import vn.tusoi.platform.outbox.Outbox;

/**
 * When a campaign is closed, keeps its roll-up at every unit of the issuing unit's subtree as it stands, with each
 * unit's place in the tree, in the closing batch's transaction; and publishes it on the compacted
 * {@code rollup.frozen} topic, the only place a rebuild can find it again once the tree has changed.
 */
@ApplicationScoped
class CampaignFreeze {

    private static final int SLICE = 1_000;

    private final EntityManager em;
    private final ProgressService progress;
    private final FrozenRollups frozen;
    private final Outbox outbox;

    CampaignFreeze(EntityManager em, ProgressService progress, FrozenRollups frozen, Outbox outbox) {
        this.em = em;
        this.progress = progress;
        this.frozen = frozen;
        this.outbox = outbox;
    }

    /** Freezes the campaign's roll-ups unless they were frozen already; returns how many units it froze. */
    int freeze(CampaignInfo campaign) {
        if (frozen.exists(campaign.code)) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT code FROM unit_node WHERE valid_to IS NULL"
                + " AND (code = ?1 OR ancestors @> ARRAY[?1]::varchar[]) ORDER BY code")
                .setParameter(1, campaign.issuingUnitCode).getResultList();
        for (int from = 0; from < codes.size(); from += SLICE) {
            List<FrozenRollup> rollups = new ArrayList<>();
            // each with its own part, so that the frozen children show whether they had held it
            for (ProgressView view : progress.withSelves(campaign.code, progress.current(campaign.code,
                    codes.subList(from, Math.min(codes.size(), from + SLICE))))) {
                UnitNode unit = em.find(UnitNode.class, view.unitCode());
                rollups.add(new FrozenRollup(campaign.code, unit.code, unit.parentCode, unit.ancestors, now, view));
            }
            frozen.save(rollups);
            rollups.forEach(rollup -> outbox.record(FrozenRollup.TOPIC,
                    rollup.campaignCode() + "|" + rollup.unitCode(), FrozenRollup.TYPE, rollup));
            // a national campaign freezes some 350,000 units: keep the persistence context to one slice
            em.flush();
            em.clear();
        }
        return codes.size();
    }
}
