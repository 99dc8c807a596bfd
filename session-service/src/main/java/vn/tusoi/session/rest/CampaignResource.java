package vn.tusoi.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.CampaignRequest;
import vn.tusoi.session.api.CampaignView;
import vn.tusoi.session.campaign.Campaign;
import vn.tusoi.session.campaign.CampaignService;

/** Campaigns, addressed by their document code (URL-encoded: 87-KH%2FHU). */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private final CampaignService campaigns;
    private final CampaignViews mapper;

    public CampaignResource(CampaignService campaigns, CampaignViews mapper) {
        this.campaigns = campaigns;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Issue a campaign: its issuing unit, the kinds of unit in scope, its dates and checklist")
    public Response create(@NotNull @Valid CampaignRequest request) {
        Campaign campaign = campaigns.create(mapper.toEntity(request));
        return Response.created(UriBuilder.fromPath("/api/v1/campaigns/{code}").build(campaign.code))
                .entity(mapper.toView(campaign)).build();
    }

    @GET
    @Operation(summary = "Campaigns, newest first; only those a unit issued with issuingUnitCode")
    public Page<CampaignView> list(@QueryParam("issuingUnitCode") @Size(max = 64) String issuingUnitCode,
            @BeanParam @Valid PageRequest page) {
        return campaigns.issuedBy(issuingUnitCode, page).map(mapper::toView);
    }

    @POST
    @Path("/{code: .+}/close")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Close the campaign: no more sessions are recorded for it")
    public CampaignView close(@PathParam("code") String code) {
        return mapper.toView(campaigns.close(code));
    }

    @GET
    // codes contain "/" (87-KH/HU): the path arrives decoded, so the parameter spans segments
    @Path("/{code: .+}")
    @Operation(summary = "One campaign, by its code (87-KH/HU, the slash as it is)")
    public CampaignView get(@PathParam("code") String code) {
        return mapper.toView(campaigns.get(code));
    }
}
