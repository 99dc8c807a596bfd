package vn.tusoi.platform.audit;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.security.Roles;

/** The audit log, for national administrators: read-only, newest first, paged. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "The audit log: who changed which record when, newest first")
    public Page<AuditLog.Entry> search(@QueryParam("recordType") @Size(max = 100) String recordType,
            @QueryParam("recordKey") @Size(max = 200) String recordKey,
            @QueryParam("actor") @Size(max = 200) String actor,
            @QueryParam("since") OffsetDateTime since,
            @BeanParam @Valid PageRequest page) {
        return log.search(new AuditLog.Filter(recordType, recordKey, actor, since), page);
    }
}
