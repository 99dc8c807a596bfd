package vn.tusoi.web.campaigns;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.signin.SignedInUser;

/** The campaigns the user may see, newest first, and a unit search that opens a unit's progress. */
@Path("/chien-dich")
@Produces(MediaType.TEXT_HTML)
public class CampaignsResource {

    static final int PAGE_SIZE = 20;
    static final int SEARCH_RESULTS = 20;

    private final SignedInUser user;
    private final SessionApi sessions;
    private final OrganizationApi organization;

    public CampaignsResource(SignedInUser user, @RestClient SessionApi sessions,
            @RestClient OrganizationApi organization) {
        this.user = user;
        this.sessions = sessions;
        this.organization = organization;
    }

    @GET
    public TemplateInstance campaigns(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("q") @Size(max = 100) String query,
            @QueryParam("campaign") @Size(max = 64) String chosen) {
        Page<Campaign> campaigns = sessions.campaigns(page, PAGE_SIZE);
        int pages = (int) Math.max(1, (campaigns.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String campaign = chosen != null && !chosen.isBlank()
                ? chosen
                : campaigns.items().stream().filter(Campaign::open).map(Campaign::code).findFirst().orElse(null);
        List<Unit> found = query == null || query.isBlank()
                ? List.of()
                : organization.search(query.strip(), 0, SEARCH_RESULTS).items();
        return new CampaignsPage(campaigns.items(), campaigns.total(), page, pages,
                query == null ? "" : query, campaign, found);
    }
}
