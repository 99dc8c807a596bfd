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

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.ReviewDecision;
import vn.tusoi.session.api.SessionView;
import vn.tusoi.session.session.SessionReport;
import vn.tusoi.session.session.SessionService;
import vn.tusoi.session.session.SessionWorkflow.Action;

/** A session by its id: read, corrected by its unit, and moved through submission and review. */
@Path("/api/v1/sessions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;
    private final SessionViews mapper;
    private final SecurityIdentity identity;

    public SessionResource(SessionService sessions, SessionViews mapper, SecurityIdentity identity) {
        this.sessions = sessions;
        this.mapper = mapper;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "One session")
    public SessionView get(@PathParam("id") UUID id) {
        return mapper.toView(sessions.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Correct what the unit reported (DRAFT, HELD or RETURNED sessions only)")
    public SessionView edit(@PathParam("id") UUID id, @NotNull @Valid SessionReport request) {
        return mapper.toView(sessions.edit(id, request));
    }

    @POST
    @Path("/submit")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Submit a HELD or RETURNED session to the superior committee")
    public SessionView submit(@PathParam("id") UUID id) {
        return mapper.toView(sessions.transition(id, Action.SUBMIT, null, identity.getPrincipal().getName()));
    }

    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Approve a submitted session; it is locked from then on")
    public SessionView approve(@PathParam("id") UUID id, @Valid ReviewDecision decision) {
        return mapper.toView(sessions.transition(id, Action.APPROVE, decision == null ? null : decision.reason(),
                identity.getPrincipal().getName()));
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Return a submitted session for rework, with the reason")
    public SessionView returnForRework(@PathParam("id") UUID id, @NotNull @Valid ReviewDecision decision) {
        return mapper.toView(sessions.transition(id, Action.RETURN, decision.reason(),
                identity.getPrincipal().getName()));
    }
}
