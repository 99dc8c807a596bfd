package vn.tusoi.platform.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.SecurityIdentity;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.rest.BodyLimit;
import vn.tusoi.platform.security.Roles;

/** The records this service's consumers set aside, for national administrators; re-driven once fixed. */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@IfBuildProperty(name = "dead-letters.enabled", stringValue = "true")
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final SecurityIdentity identity;

    public DeadLetterResource(DeadLetters deadLetters, SecurityIdentity identity) {
        this.deadLetters = deadLetters;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The records set aside, newest first, with the reason (status DEAD or REDRIVEN)")
    public Page<DeadLetter> list(@QueryParam("status") DeadLetter.Status status,
            @BeanParam @Valid PageRequest page) {
        return deadLetters.list(status, page);
    }

    @POST
    @Path("/{id}/redrive")
    @BodyLimit(megabytes = 8)
    @Operation(summary = "Apply a dead letter again; 422 with the reason if it still cannot be applied")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeadLetter redrive(@PathParam("id") long id, @Valid Redrive request) {
        return deadLetters.redrive(id, request == null ? null : request.payload(), identity.getPrincipal().getName());
    }

    /** Optionally, the record as it should have been (the producer's fix); without it, the stored one. */
    public record Redrive(@Size(max = 1_000_000) String payload) {
    }
}
