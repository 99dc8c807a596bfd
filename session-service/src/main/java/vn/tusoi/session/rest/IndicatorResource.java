package vn.tusoi.session.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.IndicatorRequest;
import vn.tusoi.session.api.IndicatorView;
import vn.tusoi.session.indicator.IndicatorService;

/** A unit's indicators (targets) for a period: a year such as 2023, or a term such as 2020-2025. */
@Path("/api/v1/units/{code}/indicators/{period}")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    static final int MAX_INDICATORS = 200;

    private final IndicatorService indicators;
    private final IndicatorViews mapper;

    public IndicatorResource(IndicatorService indicators, IndicatorViews mapper) {
        this.indicators = indicators;
        this.mapper = mapper;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "Replace the unit's indicators for the period; attainment is computed, never capped")
    public IndicatorView replace(@PathParam("code") String code, @PathParam("period") String period,
            @NotNull @Size(max = MAX_INDICATORS) List<@NotNull @Valid IndicatorRequest> items) {
        return mapper.toView(indicators.replace(code, period, mapper.toEntities(items)));
    }

    @GET
    @Operation(summary = "A unit's targets of a period, with their attainment")
    public IndicatorView get(@PathParam("code") String code, @PathParam("period") String period) {
        return mapper.toView(indicators.get(code, period));
    }
}
