package vn.tusoi.session.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.Campaign;
import vn.tusoi.session.event.CampaignChanged;
import vn.tusoi.session.rest.CampaignRequest;
import vn.tusoi.session.rest.CampaignView;

@Mapper
public interface CampaignMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "status", constant = "OPEN")
    @Mapping(target = "version", constant = "1L")
    Campaign toEntity(CampaignRequest request);

    CampaignView toView(Campaign campaign);

    CampaignChanged toEvent(Campaign campaign);
}
