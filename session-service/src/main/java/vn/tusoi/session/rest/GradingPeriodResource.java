package vn.tusoi.session.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.GradingPeriodView;
import vn.tusoi.session.period.GradingOccasion;
import vn.tusoi.session.period.GradingOccasionRequest;
import vn.tusoi.session.period.GradingPeriod;
import vn.tusoi.session.period.GradingPeriods;

/** The periods grades are for: any code resolved to its days; the occasions committees declare. */
@Path("/api/v1/grading-periods")
@Produces(MediaType.APPLICATION_JSON)
public class GradingPeriodResource {

    private final GradingPeriods periods;

    public GradingPeriodResource(GradingPeriods periods) {
        this.periods = periods;
    }

    @GET
    @Path("/occasions")
    @Operation(summary = "The occasions declared for grading \"when needed\", the latest first (at most 200)")
    public List<GradingPeriodView> occasions() {
        return periods.occasions().stream().map(GradingPeriodView::of).toList();
    }

    @POST
    @Path("/occasions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Declare an occasion for grading \"when needed\" (the issuing committee's officers): its code,"
            + " title and days; it never changes once declared")
    public Response declare(@NotNull @Valid GradingOccasionRequest occasion) {
        GradingOccasion declared = periods.declare(occasion);
        return Response.created(URI.create("/api/v1/grading-periods/" + declared.code))
                .entity(GradingPeriodView.of(declared)).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A period by its code (2026, 2026-Q3, 2020-2025 or an occasion's): its kind and days")
    public GradingPeriodView get(@PathParam("code") @Size(max = 64) String code) {
        GradingPeriod period = periods.of(code, "code");
        return period.kind() == GradingPeriod.Kind.OCCASION
                ? GradingPeriodView.of(periods.occasion(period.code()))
                : GradingPeriodView.of(period, null);
    }
}
