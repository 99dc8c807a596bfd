package vn.tusoi.session.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import vn.tusoi.session.Campaign;
import vn.tusoi.session.event.CampaignChanged;
import vn.tusoi.session.event.Topics;
import vn.tusoi.session.mapping.CampaignMapper;
import vn.tusoi.session.outbox.Outbox;
import vn.tusoi.session.repository.CampaignRepository;
import vn.tusoi.session.rest.CampaignRequest;

@ApplicationScoped
@Transactional
public class CampaignService {

    private final CampaignRepository campaigns;
    private final UnitDirectory units;
    private final CampaignMapper mapper;
    private final Outbox outbox;

    public CampaignService(CampaignRepository campaigns, UnitDirectory units, CampaignMapper mapper, Outbox outbox) {
        this.campaigns = campaigns;
        this.units = units;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    public Campaign create(CampaignRequest request) {
        if (request.deadline().isBefore(request.startDate())) {
            throw new RuleViolation(422, "deadline", "the deadline " + request.deadline()
                    + " is before the start date " + request.startDate());
        }
        units.requireActive(request.issuingUnitCode(), "issuingUnitCode");
        if (campaigns.findByCode(request.code()).isPresent()) {
            throw new RuleViolation(409, "code", "campaign " + request.code() + " already exists");
        }
        Campaign campaign = mapper.toEntity(request);
        campaigns.persist(campaign);
        outbox.record(Topics.CAMPAIGNS, campaign.code, CampaignChanged.TYPE, mapper.toEvent(campaign));
        return campaign;
    }

    /** Closes the campaign: no more sessions are recorded for it. Closing a closed campaign changes nothing. */
    public Campaign close(String code) {
        Campaign campaign = get(code);
        if (campaign.status != Campaign.Status.CLOSED) {
            campaign.status = Campaign.Status.CLOSED;
            campaign.version++;
            outbox.record(Topics.CAMPAIGNS, campaign.code, CampaignChanged.TYPE, mapper.toEvent(campaign));
        }
        return campaign;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Campaign> issuedBy(String issuingUnitCode) {
        return issuingUnitCode == null
                ? campaigns.findAll(Sort.by("startDate").descending().and("code"))
                : campaigns.find("issuingUnitCode", Sort.by("startDate").descending().and("code"), issuingUnitCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Campaign get(String code) {
        return campaigns.findByCode(code).orElseThrow(() -> RuleViolation.notFound("campaign", code));
    }
}
