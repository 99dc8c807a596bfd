package vn.tusoi.session.campaign;

import org.mapstruct.Mapper;

import vn.tusoi.session.events.CampaignChanged;

@Mapper
public interface CampaignMapper {

    CampaignChanged toEvent(Campaign campaign);
}
