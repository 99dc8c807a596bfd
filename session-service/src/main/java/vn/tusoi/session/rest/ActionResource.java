package vn.tusoi.session.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.ActionView;
import vn.tusoi.session.api.ReviewDecision;
import vn.tusoi.session.remediation.ActionProgress;
import vn.tusoi.session.remediation.ActionService;

/** Remediation actions: reported on by the unit, verified (or sent back) by the superior committee. */
@Path("/api/v1/actions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final ActionService actions;
    private final ShortcomingViews mapper;

    public ActionResource(ActionService actions, ShortcomingViews mapper) {
        this.actions = actions;
        this.mapper = mapper;
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Report progress: status forward up to DONE, progress percent, notes")
    public ActionView report(@PathParam("id") UUID id, @NotNull @Valid ActionProgress update) {
        return mapper.toView(actions.report(id, update));
    }

    @POST
    @Path("/verify")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Verify a DONE action; the shortcoming resolves when all its actions are verified")
    public ActionView verify(@PathParam("id") UUID id) {
        return mapper.toView(actions.verify(id));
    }

    @POST
    @Path("/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Send a DONE action back to IN_PROGRESS, with the reason")
    public ActionView reopen(@PathParam("id") UUID id, @NotNull @Valid ReviewDecision decision) {
        return mapper.toView(actions.reopen(id, decision.reason()));
    }
}
