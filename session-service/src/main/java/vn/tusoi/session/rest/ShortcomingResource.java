package vn.tusoi.session.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.CarryOverRequest;
import vn.tusoi.session.api.ShortcomingView;
import vn.tusoi.session.remediation.Shortcoming;
import vn.tusoi.session.remediation.ShortcomingDraft;
import vn.tusoi.session.remediation.ShortcomingService;

/** A shortcoming: read, corrected before its session is approved, and carried over into a later review. */
@Path("/api/v1/shortcomings/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ShortcomingResource {

    private final ShortcomingService shortcomings;
    private final ShortcomingViews mapper;

    public ShortcomingResource(ShortcomingService shortcomings, ShortcomingViews mapper) {
        this.shortcomings = shortcomings;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "One shortcoming, with its causes and actions")
    public ShortcomingView get(@PathParam("id") UUID id) {
        return mapper.toView(shortcomings.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Correct a shortcoming and its actions while its session is not yet approved (actions"
            + " with an id are changed, without one added)")
    public ShortcomingView edit(@PathParam("id") UUID id, @NotNull @Valid ShortcomingDraft request) {
        return mapper.toView(shortcomings.edit(id, request));
    }

    @POST
    @Path("/carry-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Carry an open shortcoming over into a later session of the same unit")
    public Response carryOver(@PathParam("id") UUID id, @NotNull @Valid CarryOverRequest request) {
        Shortcoming carried = shortcomings.carryOver(id, request.sessionId());
        return Response.created(UriBuilder.fromPath("/api/v1/shortcomings/{id}").build(carried.id))
                .entity(mapper.toView(carried)).build();
    }
}
