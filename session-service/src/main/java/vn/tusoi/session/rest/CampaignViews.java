package vn.tusoi.session.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.api.CampaignRequest;
import vn.tusoi.session.api.CampaignView;
import vn.tusoi.session.campaign.Campaign;

/** Campaigns between the API's records and the service's. */
@Mapper
public interface CampaignViews {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "status", constant = "OPEN")
    @Mapping(target = "version", constant = "1L")
    Campaign toEntity(CampaignRequest request);

    CampaignView toView(Campaign campaign);
}
