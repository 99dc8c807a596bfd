package vn.tusoi.aggregation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import vn.tusoi.aggregation.service.ProgressService;
import vn.tusoi.aggregation.service.ProgressService.Page;
import vn.tusoi.aggregation.service.RollupStream;

/**
 * Campaign roll-ups. Campaign codes contain "/" (87-KH/HU, sent as 87-KH%2FHU) and the path is matched decoded, so the
 * code's template spans segments; it sits in each method's template, where the literal parts after it anchor it.
 */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    private final ProgressService progress;
    private final RollupStream stream;

    public ProgressResource(ProgressService progress, RollupStream stream) {
        this.progress = progress;
        this.stream = stream;
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}/daily")
    @Operation(summary = "The completion curve: units of the subtree that held the campaign, per day and cumulated")
    public DailyView daily(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return progress.daily(code, unitCode);
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events: the roll-up at a unit now, then each time it changes")
    public Multi<ProgressView> stream(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        // the current roll-up is read (404, 403) once its changes are followed
        return stream.follow(code, unitCode, () -> progress.progress(code, unitCode));
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}")
    @Operation(summary = "The campaign's roll-up at a unit")
    public ProgressView progress(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return progress.progress(code, unitCode);
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}/children")
    @Operation(summary = "The roll-up at each direct child of a unit, for drill-down")
    public PageView<ProgressView> children(@PathParam("code") String code, @PathParam("unitCode") String unitCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        Page<ProgressView> children = progress.children(code, unitCode, page, size);
        return new PageView<>(children.items(), page, size, children.total());
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}/final")
    @Operation(summary = "The roll-up at a unit as it stood when the campaign was closed (404 while it is open)")
    public ProgressView frozen(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
        return progress.frozen(code, unitCode);
    }

    @GET
    @Path("/{code: .+}/progress/{unitCode}/final/children")
    @Operation(summary = "The frozen roll-up at each unit that was a direct child of the unit when the campaign was"
            + " closed")
    public PageView<ProgressView> frozenChildren(@PathParam("code") String code,
            @PathParam("unitCode") String unitCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        Page<ProgressView> children = progress.frozenChildren(code, unitCode, page, size);
        return new PageView<>(children.items(), page, size, children.total());
    }

    @GET
    @Path("/{code: .+}/laggards/{unitCode}")
    @Operation(summary = "Units under a unit that must hold the campaign and have not")
    public PageView<LaggardView> laggards(@PathParam("code") String code, @PathParam("unitCode") String unitCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        Page<LaggardView> laggards = progress.laggards(code, unitCode, page, size);
        return new PageView<>(laggards.items(), page, size, laggards.total());
    }
}
