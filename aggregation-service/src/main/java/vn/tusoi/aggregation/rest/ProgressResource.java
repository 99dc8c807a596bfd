package vn.tusoi.aggregation.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import vn.tusoi.aggregation.read.DailyProgress;
import vn.tusoi.aggregation.read.FrozenReads;
import vn.tusoi.aggregation.read.Laggard;
import vn.tusoi.aggregation.read.ProgressQueries;
import vn.tusoi.aggregation.read.RollupStream;
import vn.tusoi.aggregation.rollup.UnitRollup;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.security.Caller;

/**
 * Campaign roll-ups. Campaign codes contain "/" (87-KH/HU, sent as 87-KH%2FHU) and the path is matched decoded, so the
 * code's template spans segments; it sits in each method's template, where the literal parts after it anchor it.
 */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    private final ProgressQueries progress;
    private final FrozenReads frozen;
    private final RollupStream stream;
    private final Caller caller;

    public ProgressResource(ProgressQueries progress, FrozenReads frozen, RollupStream stream,
            Caller caller) {
        this.caller = caller;
        this.progress = progress;
        this.frozen = frozen;
        this.stream = stream;
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}/daily")
    @Operation(summary = "The completion curve: units of the subtree that held the campaign, per day and cumulated")
    public DailyProgress daily(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return progress.daily(code, unitCode);
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events: the roll-up at a unit now, then each time it changes")
    public Multi<UnitRollup> stream(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        // the current roll-up is read (404, 403) once its changes are followed
        return stream.follow(code, unitCode, () -> progress.progress(code, unitCode), caller.name(),
                caller.tokenExpiresAt().orElse(null));
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}")
    @Operation(summary = "The campaign's roll-up at a unit")
    public UnitRollup progress(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return progress.progress(code, unitCode);
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}/children")
    @Operation(summary = "The roll-up at each direct child of a unit, for drill-down")
    public Page<UnitRollup> children(@PathParam("code") String code, @PathParam("unitCode") String unitCode,
            @BeanParam @Valid PageRequest page) {
        return progress.children(code, unitCode, page);
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}/final")
    @Operation(summary = "The roll-up at a unit as it stood when the campaign was closed (404 while it is open)")
    public UnitRollup frozen(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return frozen.frozen(code, unitCode);
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}/final/children")
    @Operation(summary = "The frozen roll-up at each unit that was a direct child of the unit when the campaign was"
            + " closed")
    public Page<UnitRollup> frozenChildren(@PathParam("code") String code,
            @PathParam("unitCode") String unitCode,
            @BeanParam @Valid PageRequest page) {
        return frozen.frozenChildren(code, unitCode, page);
    }

    @GET
    @Path("/{code: .+}/laggards/{unitCode}")
    @Operation(summary = "Units under a unit that must hold the campaign and have not")
    public Page<Laggard> laggards(@PathParam("code") String code, @PathParam("unitCode") String unitCode,
            @BeanParam @Valid PageRequest page) {
        return progress.laggards(code, unitCode, page);
    }
}
