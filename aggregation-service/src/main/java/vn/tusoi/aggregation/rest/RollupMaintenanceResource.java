package vn.tusoi.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.aggregation.maintenance.Rebuild;
import vn.tusoi.aggregation.maintenance.RebuildRun;
import vn.tusoi.aggregation.maintenance.Reconciliation;
import vn.tusoi.aggregation.maintenance.ReconciliationReport;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.security.Roles;

/** For national administrators: rebuild every roll-up from the topics, and reconcile a campaign's with a recount. */
@Path("/api/v1/rollups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RollupMaintenanceResource {

    private final Rebuild rebuild;
    private final Reconciliation reconciliation;
    private final Caller caller;

    public RollupMaintenanceResource(Rebuild rebuild, Reconciliation reconciliation, Caller caller) {
        this.rebuild = rebuild;
        this.reconciliation = reconciliation;
        this.caller = caller;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Empty the roll-ups and rebuild them from the topics (202; 409 while one runs)")
    public Response startRebuild() {
        return Response.accepted(rebuild.start(caller.name())).build();
    }

    @GET
    @Path("/rebuild")
    @Operation(summary = "The latest rebuild: running, done or failed, and how far it has read")
    public RebuildRun latestRebuild() {
        return rebuild.latest()
                .orElseThrow(() -> new RuleViolation(404, "rebuild-not-run", "rebuild", "no rebuild has run"));
    }

    @POST
    @Path("/reconciliation")
    @Operation(summary = "Compare a campaign's every roll-up counter with a recount from the stored states")
    public ReconciliationReport reconcile(@QueryParam("campaignCode") @NotBlank String campaignCode) {
        return reconciliation.reconcile(campaignCode);
    }
}
