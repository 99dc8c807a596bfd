package vn.tusoi.aggregation.ingest;

import java.util.List;

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

    @Override
    protected void touches(CampaignChanged event, CampaignInfo before, Touched touched) {
        touched.campaign(event.code(), event.issuingUnitCode());
        touched.tree();
        if (before != null && !before.isClosed() && CampaignInfo.CLOSED.equals(event.status())) {
            touched.closed(event.code());
        }
    }
}
