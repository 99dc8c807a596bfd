package vn.tusoi.web.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Unit;

/** Which campaigns a unit's page offers: those issued at the unit or above it. */
@ApplicationScoped
public class CampaignFinder {

    private final SessionApi sessions;
    private final OrganizationApi organization;

    public CampaignFinder(@RestClient SessionApi sessions, @RestClient OrganizationApi organization) {
        this.sessions = sessions;
        this.organization = organization;
    }

    /** The newest open campaign issued at the unit or a unit above it (the campaigns come newest first). */
    public Optional<Campaign> newestOpenCovering(String unitCode) {
        return covering(unitCode).stream().filter(Campaign::open).findFirst();
    }

    /**
     * The campaigns issued at the unit or above it, newest first (the first page of the user's campaigns); none for a
     * unit the hierarchy does not have (a national administrator's {@code VN} before the tree has a national root).
     */
    public List<Campaign> covering(String unitCode) {
        Unit unit;
        try {
            unit = organization.unit(unitCode);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return List.of();
            }
            throw e;
        }
        List<String> issuers = new ArrayList<>(unit.ancestorCodes());
        issuers.add(unit.code());
        return sessions.campaigns(0, Page.MAX_SIZE).items().stream()
                .filter(campaign -> issuers.contains(campaign.issuingUnitCode())).toList();
    }
}
