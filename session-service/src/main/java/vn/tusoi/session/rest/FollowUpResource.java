package vn.tusoi.session.rest;

import java.time.LocalDate;

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

import vn.tusoi.session.Shortcoming;
import vn.tusoi.session.mapping.ShortcomingMapper;
import vn.tusoi.session.service.Page;
import vn.tusoi.session.service.ShortcomingService;

/** What is still to fix at a unit and under it: open shortcomings and overdue actions. */
@Path("/api/v1/units/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final ShortcomingService shortcomings;
    private final ShortcomingMapper mapper;

    public FollowUpResource(ShortcomingService shortcomings, ShortcomingMapper mapper) {
        this.shortcomings = shortcomings;
        this.mapper = mapper;
    }

    @GET
    @Path("/shortcomings")
    @Operation(summary = "Shortcomings of a status (OPEN by default) at the unit and under it")
    public PageView<ShortcomingView> shortcomings(@PathParam("code") String code,
            @QueryParam("status") @DefaultValue("OPEN") Shortcoming.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        Page<Shortcoming> found = shortcomings.underUnit(code, status, page, size);
        return new PageView<>(found.items().stream().map(mapper::toView).toList(), page, size, found.total());
    }

    @GET
    @Path("/actions/overdue")
    @Operation(summary = "Remediation actions past their due date and not done, at the unit and under it")
    public PageView<ActionView> overdue(@PathParam("code") String code,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        var found = shortcomings.overdueUnder(code, LocalDate.now(), page, size);
        return new PageView<>(found.items().stream().map(mapper::toView).toList(), page, size, found.total());
    }
}
