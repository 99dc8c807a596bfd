package vn.tusoi.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.Campaign;
import vn.tusoi.session.mapping.CampaignMapper;
import vn.tusoi.session.service.CampaignService;

/** Campaigns, addressed by their document code (URL-encoded: 87-KH%2FHU). */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private final CampaignService campaigns;
    private final CampaignMapper mapper;

    public CampaignResource(CampaignService campaigns, CampaignMapper mapper) {
        this.campaigns = campaigns;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public Response create(@NotNull @Valid CampaignRequest request) {
        Campaign campaign = campaigns.create(request);
        return Response.created(UriBuilder.fromPath("/api/v1/campaigns/{code}").build(campaign.code))
                .entity(mapper.toView(campaign)).build();
    }

    @GET
    @Operation(summary = "Campaigns, newest first; only those a unit issued with issuingUnitCode")
    public PageView<CampaignView> list(@QueryParam("issuingUnitCode") @Size(max = 64) String issuingUnitCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return PageView.of(campaigns.issuedBy(issuingUnitCode), page, size, mapper::toView);
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
    public CampaignView get(@PathParam("code") String code) {
        return mapper.toView(campaigns.get(code));
    }
}
