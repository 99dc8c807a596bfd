package vn.tusoi.session.rest;

import java.util.List;

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
import vn.tusoi.platform.rest.BodyLimit;
import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.SessionView;
import vn.tusoi.session.session.ImportReport;
import vn.tusoi.session.session.ReviewSession;
import vn.tusoi.session.session.SessionImport;
import vn.tusoi.session.session.SessionReport;
import vn.tusoi.session.session.SessionService;

// beside CampaignResource's "/{code: .+}", this longer template wins the match for .../sessions
@Path("/api/v1/campaigns/{code: .+}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignSessionResource {

    private final SessionService sessions;
    private final SessionImport imports;
    private final SessionViews mapper;

    public CampaignSessionResource(SessionService sessions, SessionImport imports, SessionViews mapper) {
        this.sessions = sessions;
        this.imports = imports;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Report a unit's session of the campaign (a draft, or held)")
    public Response record(@PathParam("code") String campaignCode, @NotNull @Valid SessionReport request) {
        ReviewSession session = sessions.record(campaignCode, request);
        return Response.created(UriBuilder.fromPath("/api/v1/sessions/{id}").build(session.id))
                .entity(mapper.toView(session)).build();
    }

    @POST
    @Path("/import")
    @BodyLimit(megabytes = 16)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Report many units' sessions at once, idempotent by unit; dryRun checks without saving")
    public ImportReport importSessions(@PathParam("code") String campaignCode, @NotNull List<SessionReport> rows,
            @QueryParam("dryRun") boolean dryRun) {
        return imports.importSessions(campaignCode, rows, dryRun);
    }

    @GET
    @Operation(summary = "The campaign's sessions, or one unit's with unitCode")
    public Page<SessionView> ofCampaign(@PathParam("code") String campaignCode,
            @QueryParam("unitCode") @Size(max = 64) String unitCode,
            @BeanParam @Valid PageRequest page) {
        Page<ReviewSession> found = unitCode == null
                ? sessions.ofCampaign(campaignCode, page)
                : sessions.ofCampaignAt(campaignCode, unitCode, page);
        return found.map(mapper::toView);
    }
}
