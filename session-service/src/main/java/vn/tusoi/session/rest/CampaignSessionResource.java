package vn.tusoi.session.rest;

import java.util.List;

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

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.ReviewSession;
import vn.tusoi.session.mapping.SessionMapper;
import vn.tusoi.session.service.ImportReport;
import vn.tusoi.session.service.SessionService;

// beside CampaignResource's "/{code: .+}", this longer template wins the match for .../sessions
@Path("/api/v1/campaigns/{code: .+}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignSessionResource {

    private final SessionService sessions;
    private final SessionMapper mapper;

    public CampaignSessionResource(SessionService sessions, SessionMapper mapper) {
        this.sessions = sessions;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    public Response record(@PathParam("code") String campaignCode, @NotNull @Valid SessionRequest request) {
        ReviewSession session = sessions.record(campaignCode, request);
        return Response.created(UriBuilder.fromPath("/api/v1/sessions/{id}").build(session.id))
                .entity(mapper.toView(session)).build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INTEGRATION})
    public ImportReport importSessions(@PathParam("code") String campaignCode, @NotNull List<SessionRequest> rows,
            @QueryParam("dryRun") boolean dryRun) {
        return sessions.importSessions(campaignCode, rows, dryRun);
    }

    @GET
    public PageView<SessionView> ofCampaign(@PathParam("code") String campaignCode,
            @QueryParam("unitCode") @Size(max = 64) String unitCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        PanacheQuery<ReviewSession> query = unitCode == null
                ? sessions.ofCampaign(campaignCode)
                : sessions.ofCampaignAt(campaignCode, unitCode);
        return PageView.of(query, page, size, mapper::toView);
    }
}
