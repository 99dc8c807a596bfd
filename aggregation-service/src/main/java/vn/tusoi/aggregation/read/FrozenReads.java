package vn.tusoi.aggregation.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.tusoi.aggregation.events.FrozenRollup;
import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.FrozenRollups;
import vn.tusoi.aggregation.ingest.UnitNode;
import vn.tusoi.aggregation.rollup.RollupEventMapper;
import vn.tusoi.aggregation.rollup.UnitRollup;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Caller;

/** Reads of the roll-ups frozen when a campaign was closed, whatever the tree has become since. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FrozenReads {

    private final Caller caller;
    private final CampaignScope scope;
    private final FrozenRollups frozen;
    private final RollupEventMapper mapper;

    public FrozenReads(Caller caller, CampaignScope scope, FrozenRollups frozen, RollupEventMapper mapper) {
        this.caller = caller;
        this.scope = scope;
        this.frozen = frozen;
        this.mapper = mapper;
    }

    /** The roll-up at a unit as it stood when the campaign was closed. */
    public UnitRollup frozen(String campaignCode, String unitCode) {
        return mapper.fromEvent(readable(frozenAt(scope.campaign(campaignCode), unitCode)).view());
    }

    /** The frozen roll-ups of the units that were the unit's direct children when the campaign was closed. */
    public Page<UnitRollup> frozenChildren(String campaignCode, String unitCode, PageRequest request) {
        readable(frozenAt(scope.campaign(campaignCode), unitCode));
        return frozen.children(campaignCode, unitCode, request).map(child -> mapper.fromEvent(child.view()));
    }

    private FrozenRollup frozenAt(CampaignInfo campaign, String unitCode) {
        if (!campaign.isClosed()) {
            throw new RuleViolation(404, "campaign-not-frozen", "code", "campaign " + campaign.code
                    + " is open: its roll-ups are frozen when it is closed");
        }
        return frozen.find(campaign.code, unitCode)
                .orElseThrow(() -> new RuleViolation(404, "rollup-not-frozen", "unitCode",
                        "no roll-up of campaign " + campaign.code + " was frozen at unit " + unitCode));
    }

    /** Readable if the caller sees the unit where it was when frozen, or where it is now. */
    private FrozenRollup readable(FrozenRollup rollup) {
        UnitNode now = scope.unitNow(rollup.unitCode());
        if (now == null || !caller.sees(now.code, now.ancestors)) {
            caller.requireSees(rollup.unitCode(), rollup.ancestors(), "unitCode");
        }
        return rollup;
    }
}
