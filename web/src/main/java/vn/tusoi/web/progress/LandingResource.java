package vn.tusoi.web.progress;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import vn.tusoi.web.campaigns.CampaignFinder;
import vn.tusoi.web.layout.Links;
import vn.tusoi.web.signin.SignedInUser;

/**
 * The landing page: the progress of the newest open campaign that covers the user's view unit, at that unit; the
 * campaigns page when none does.
 */
@Path("/")
public class LandingResource {

    private final SignedInUser user;
    private final CampaignFinder campaigns;

    public LandingResource(SignedInUser user, CampaignFinder campaigns) {
        this.user = user;
        this.campaigns = campaigns;
    }

    @GET
    public Response land() {
        String unit = user.viewUnit();
        return campaigns.newestOpenCovering(unit)
                .map(campaign -> Response.seeOther(Links.progress(campaign.code(), unit)).build())
                .orElseGet(() -> Response.seeOther(URI.create("/chien-dich")).build());
    }
}
