package vn.tusoi.aggregation.rollup;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.util.RawValue;

import vn.tusoi.aggregation.events.FrozenRollup;
import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.FrozenRollups;
import vn.tusoi.aggregation.ingest.UnitNode;
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
    private final RollupViews views;
    private final RollupEventMapper mapper;
    private final FrozenRollups frozen;
    private final Outbox outbox;

    CampaignFreeze(EntityManager em, RollupViews views, RollupEventMapper mapper, FrozenRollups frozen, Outbox outbox) {
        this.em = em;
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
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT code FROM unit_node WHERE valid_to IS NULL"
                + " AND (code = ?1 OR ancestors @> ARRAY[?1]::varchar[]) ORDER BY code")
                .setParameter(1, campaign.issuingUnitCode).getResultList();
        for (int from = 0; from < codes.size(); from += SLICE) {
            List<String> slice = codes.subList(from, Math.min(codes.size(), from + SLICE));
            // the slice's places in the tree in one query (one look-up per unit was a round trip each)
            Map<String, UnitNode> nodes = new HashMap<>();
            em.createQuery("SELECT u FROM UnitNode u WHERE u.code IN ?1", UnitNode.class).setParameter(1, slice)
                    .getResultList().forEach(node -> nodes.put(node.code, node));
            List<FrozenRollup> rollups = new ArrayList<>();
            // each with its own part, so that the frozen children show whether they had held it
            for (UnitRollup view : views.withSelves(campaign.code, views.current(campaign.code, slice))) {
                UnitNode unit = nodes.get(view.unitCode());
                rollups.add(new FrozenRollup(campaign.code, unit.code, unit.parentCode, unit.ancestors, now,
                        mapper.toEvent(view)));
            }
            List<String> json = frozen.save(rollups);
            for (int i = 0; i < rollups.size(); i++) {
                outbox.record(FrozenRollup.TOPIC, rollups.get(i).messageKey(), FrozenRollup.TYPE,
                        new RawValue(json.get(i)));
            }
            // a national campaign freezes some 350,000 units: keep the persistence context to one slice
            em.flush();
            em.clear();
        }
        return codes.size();
    }
}
