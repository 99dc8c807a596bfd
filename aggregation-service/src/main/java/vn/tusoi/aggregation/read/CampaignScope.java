package vn.tusoi.aggregation.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.UnitNode;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Caller;

/** What a read of a campaign's roll-ups may ask: a known campaign, a unit under its issuer, in the caller's scope. */
@ApplicationScoped
public class CampaignScope {

    private final EntityManager em;
    private final Caller caller;

    CampaignScope(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    public CampaignInfo campaign(String code) {
        CampaignInfo campaign = em.find(CampaignInfo.class, code);
        if (campaign == null) {
            throw RuleViolation.notFound("campaign", code);
        }
        return campaign;
    }

    /** The unit, if it is the campaign's issuing unit or sits under it. */
    public UnitNode unitUnder(CampaignInfo campaign, String unitCode) {
        UnitNode unit = em.find(UnitNode.class, unitCode);
        if (unit == null) {
            throw RuleViolation.notFound("unit", unitCode);
        }
        if (!unit.code.equals(campaign.issuingUnitCode) && !unit.ancestors.contains(campaign.issuingUnitCode)) {
            throw new RuleViolation(404, "unit-not-in-campaign-scope", "unitCode",
                    "unit " + unitCode + " is not under " + campaign.issuingUnitCode
                            + ", which issued campaign " + campaign.code);
        }
        return unit;
    }

    /** The unit under the campaign's issuer, if the caller may read it (a national administrator reads all). */
    public UnitNode readableUnder(CampaignInfo campaign, String unitCode) {
        UnitNode unit = unitUnder(campaign, unitCode);
        caller.requireSees(unit.code, unit.ancestors, "unitCode");
        return unit;
    }

    /** The unit as it is now, or null when it is gone. */
    UnitNode unitNow(String unitCode) {
        return em.find(UnitNode.class, unitCode);
    }
}
