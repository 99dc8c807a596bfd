package vn.tusoi.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.aggregation.notice.ReminderSchedule;
import vn.tusoi.aggregation.notice.ReminderSchedules;
import vn.tusoi.platform.security.Roles;

/** A campaign's reminder schedule (the campaign code spans segments, as in {@link ProgressResource}). */
@Path("/api/v1/campaigns/{code: .+}/reminder-schedule")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderScheduleResource {

    private final ReminderSchedules schedules;

    public ReminderScheduleResource(ReminderSchedules schedules) {
        this.schedules = schedules;
    }

    @GET
    @Operation(summary = "When the campaign's laggards are reminded (the deployment's defaults unless its issuer set"
            + " them)")
    public ReminderSchedule read(@PathParam("code") String code) {
        return schedules.read(code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Set when the campaign's laggards are reminded: days before the deadline, and after it every"
            + " so many days, so many times (the issuing unit's officers)")
    public ReminderSchedule set(@PathParam("code") String code, @NotNull @Valid ReminderSchedule schedule) {
        return schedules.set(code, schedule);
    }
}
