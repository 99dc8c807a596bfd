package vn.tusoi.session.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.ShortcomingView;
import vn.tusoi.session.remediation.Shortcoming;
import vn.tusoi.session.remediation.ShortcomingDraft;
import vn.tusoi.session.remediation.ShortcomingService;

/** The shortcomings a session names. */
@Path("/api/v1/sessions/{id}/shortcomings")
@Produces(MediaType.APPLICATION_JSON)
public class SessionShortcomingResource {

    private final ShortcomingService shortcomings;
    private final ShortcomingViews mapper;

    public SessionShortcomingResource(ShortcomingService shortcomings, ShortcomingViews mapper) {
        this.shortcomings = shortcomings;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Name a shortcoming in a session, with its causes and remediation actions")
    public Response add(@PathParam("id") UUID sessionId, @NotNull @Valid ShortcomingDraft request) {
        Shortcoming shortcoming = shortcomings.add(sessionId, request);
        return Response.created(UriBuilder.fromPath("/api/v1/shortcomings/{id}").build(shortcoming.id))
                .entity(mapper.toView(shortcoming)).build();
    }

    @GET
    @Operation(summary = "The shortcomings a session named, with their causes and actions")
    public List<ShortcomingView> ofSession(@PathParam("id") UUID sessionId) {
        return shortcomings.ofSession(sessionId).stream().map(mapper::toView).toList();
    }
}
