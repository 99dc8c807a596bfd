package vn.tusoi.aggregation.ingest;

import java.util.List;
import java.util.Objects;

import jakarta.inject.Singleton;

import vn.tusoi.aggregation.events.CampaignChanged;

/**
 * Campaigns as session-service publishes them. One seen open before and closed now is to be frozen; one first seen
 * closed (a rebuild reads only the latest state) is not frozen again: its frozen roll-ups come from their topic.
 */
@Singleton
class CampaignEvents extends LatestStateKind<CampaignChanged, CampaignInfo> {

    CampaignEvents(StateStore states) {
        super(states, CampaignInfo.class);
    }

    @Override
    public String type() {
        return CampaignChanged.TYPE;
    }

    @Override
    public Class<CampaignChanged> record() {
        return CampaignChanged.class;
    }

    @Override
    public String topic() {
        return CampaignChanged.TOPIC;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<String> tables() {
        return List.of("campaign_info");
    }

    @Override
    protected Object key(CampaignChanged event) {
        return event.code();
    }

    @Override
    protected CampaignInfo create(CampaignChanged event) {
        CampaignInfo campaign = new CampaignInfo();
        campaign.code = event.code();
        return campaign;
    }

    @Override
    protected void copy(CampaignChanged event, CampaignInfo campaign) {
        campaign.issuingUnitCode = event.issuingUnitCode();
        campaign.scopeKinds = List.copyOf(event.scopeKinds());
        campaign.deadline = event.deadline();
        campaign.gradingPeriod = event.gradingPeriod();
        campaign.status = event.status() == null ? CampaignInfo.OPEN : event.status();
    }

    /**
     * A campaign's contributions change only with what the roll-up rules read of it: its issuing unit, scope,
     * deadline and grading period. A change of its status alone (closing it) recounts none of them: for a national
     * campaign that was every one of its 347,345 contributions, half of the time its closing took.
     */
    @Override
    protected void touches(CampaignChanged event, CampaignInfo before, Touched touched) {
        if (before == null || !countedAlike(before, event)) {
            touched.campaign(event.code(), event.issuingUnitCode());
        }
        touched.tree();
        if (before != null && !before.isClosed() && CampaignInfo.CLOSED.equals(event.status())) {
            touched.closed(event.code());
        }
    }

    private static boolean countedAlike(CampaignInfo before, CampaignChanged event) {
        return before.issuingUnitCode.equals(event.issuingUnitCode())
                && before.scopeKinds.equals(event.scopeKinds())
                && before.deadline.equals(event.deadline())
                && Objects.equals(before.gradingPeriod, event.gradingPeriod());
    }
}
