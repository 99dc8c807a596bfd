package vn.tusoi.platform.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.security.Roles;

/** The events this service's outbox set aside because the broker refused them, for national administrators. */
@Path("/api/v1/outbox/refused")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class OutboxRefusedResource {

    private final OutboxRefusals refusals;
    private final SecurityIdentity identity;

    public OutboxRefusedResource(OutboxRefusals refusals, SecurityIdentity identity) {
        this.refusals = refusals;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The events set aside, in their order, with the broker's reason")
    public Page<OutboxRefusals.Refused> list(@BeanParam @Valid PageRequest page) {
        return refusals.list(page);
    }

    @POST
    @Path("/{seq}/resend")
    @Operation(summary = "Return the event and the others of its entity set aside to the outbox, once the cause is"
            + " fixed; 409 if a newer event of the entity was delivered")
    public Resent resend(@PathParam("seq") long seq) {
        return new Resent(refusals.resend(seq, identity.getPrincipal().getName()));
    }

    /** How many events went back to the outbox. */
    public record Resent(int events) {
    }
}
