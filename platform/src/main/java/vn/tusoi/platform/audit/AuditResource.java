package vn.tusoi.platform.audit;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.tusoi.platform.security.Roles;

/** The audit log, for national administrators: read-only, newest first, paged. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    public static final int MAX_PAGE_SIZE = 500;

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    public AuditLog.Page search(@QueryParam("recordType") @Size(max = 100) String recordType,
            @QueryParam("recordKey") @Size(max = 200) String recordKey,
            @QueryParam("actor") @Size(max = 200) String actor,
            @QueryParam("since") OffsetDateTime since,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return log.search(new AuditLog.Filter(recordType, recordKey, actor, since), page, size);
    }
}
