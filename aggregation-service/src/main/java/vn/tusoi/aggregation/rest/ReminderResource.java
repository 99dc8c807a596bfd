package vn.tusoi.aggregation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.aggregation.notice.ReminderOutcome;
import vn.tusoi.aggregation.notice.ReminderRequest;
import vn.tusoi.aggregation.notice.Reminders;
import vn.tusoi.platform.security.Roles;

/** "Remind now" on a unit's laggards (the campaign code spans segments, as in {@link ProgressResource}). */
@Path("/api/v1/campaigns/{code: .+}/laggards/{unitCode}/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    private final Reminders reminders;

    public ReminderResource(Reminders reminders) {
        this.reminders = reminders;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Remind the units under a unit that have not held the campaign (all, or those ticked), each"
            + " once within the interval whoever asks; in their inboxes at once, by e-mail where they have an address")
    public ReminderOutcome remind(@PathParam("code") String code, @PathParam("unitCode") String unitCode,
            @NotNull @Valid ReminderRequest request) {
        return reminders.remindNow(code, unitCode, request);
    }
}
