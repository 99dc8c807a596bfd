package vn.tusoi.web.export;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import vn.tusoi.web.api.AggregationApi;
import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Laggard;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.format.VietnameseFormat;
import vn.tusoi.web.grading.CampaignPeriod;
import vn.tusoi.web.signin.SignedInUser;

/** A campaign's report at a unit as a party document ({@code .docx}). */
@Path("/bao-cao")
public class ReportResource {

    private final SignedInUser user;
    private final AggregationApi aggregation;
    private final SessionApi sessions;
    private final OrganizationApi organization;
    private final CampaignPeriod periods;

    public ReportResource(SignedInUser user, @RestClient AggregationApi aggregation, @RestClient SessionApi sessions,
            @RestClient OrganizationApi organization, CampaignPeriod periods) {
        this.user = user;
        this.periods = periods;
        this.aggregation = aggregation;
        this.sessions = sessions;
        this.organization = organization;
    }

    @GET
    @Produces(Downloads.DOCX)
    public Response report(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaignCode,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unitCode) {
        Campaign campaign = sessions.campaign(campaignCode);
        Progress progress = aggregation.progress(campaignCode, unitCode);
        Page<Laggard> laggards = aggregation.laggards(campaignCode, unitCode, 0, Page.MAX_SIZE);
        CampaignReport.Figures figures = new CampaignReport.Figures(campaign, progress,
                superiorName(unitCode), laggards.items(), laggards.total(), VietnameseFormat.today(),
                periods.name(campaign));
        StreamingOutput body = out -> CampaignReport.write(figures, out);
        return Downloads.attachment(Response.ok(body, Downloads.DOCX), "bao-cao-" + unitCode + ".docx");
    }

    /** The party organisation above the unit, as the report's heading names it; none at a root or out of scope. */
    private String superiorName(String unitCode) {
        Unit unit = organization.unit(unitCode);
        if (unit.parentCode() == null) {
            return null;
        }
        try {
            return organization.unit(unit.parentCode()).name();
        } catch (WebApplicationException outOfScope) {
            return null;
        }
    }
}
