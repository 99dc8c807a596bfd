package vn.tusoi.session.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.session.api.ActionView;
import vn.tusoi.session.api.ShortcomingView;
import vn.tusoi.session.remediation.FollowUpQueries;
import vn.tusoi.session.remediation.Shortcoming;

/** What is still to fix at a unit and under it: open shortcomings and overdue actions. */
@Path("/api/v1/units/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final FollowUpQueries shortcomings;
    private final ShortcomingViews mapper;

    public FollowUpResource(FollowUpQueries shortcomings, ShortcomingViews mapper) {
        this.shortcomings = shortcomings;
        this.mapper = mapper;
    }

    @GET
    @Path("/shortcomings")
    @Operation(summary = "Shortcomings of a status (OPEN by default) at the unit and under it")
    public Page<ShortcomingView> shortcomings(@PathParam("code") String code,
            @QueryParam("status") @DefaultValue("OPEN") Shortcoming.Status status,
            @BeanParam @Valid PageRequest page) {
        return shortcomings.underUnit(code, status, page).map(mapper::toView);
    }

    @GET
    @Path("/actions/overdue")
    @Operation(summary = "Remediation actions past their due date and not done, at the unit and under it")
    public Page<ActionView> overdue(@PathParam("code") String code,
            @BeanParam @Valid PageRequest page) {
        return shortcomings.overdueUnder(code, LocalDate.now(), page).map(mapper::toView);
    }
}
