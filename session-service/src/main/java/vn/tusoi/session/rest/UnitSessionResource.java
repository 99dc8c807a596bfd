package vn.tusoi.session.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.session.api.SessionView;
import vn.tusoi.session.session.ReviewSession;
import vn.tusoi.session.session.SessionFilter;
import vn.tusoi.session.session.SessionService;

/** The sessions of the units below a unit: with {@code status=SUBMITTED}, what its committee has to review. */
@Path("/api/v1/units/{code}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class UnitSessionResource {

    private final SessionService sessions;
    private final SessionViews mapper;

    public UnitSessionResource(SessionService sessions, SessionViews mapper) {
        this.sessions = sessions;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Sessions of the units strictly below the unit, oldest submission first; filtered by"
            + " status, kind of unit, the unit directly above it and campaign")
    public Page<SessionView> below(@PathParam("code") String code,
            @QueryParam("status") @Pattern(regexp = "DRAFT|HELD|SUBMITTED|APPROVED|RETURNED") String status,
            @QueryParam("unitKind") @Pattern(regexp = "[A-Z_]{1,40}") String unitKind,
            @QueryParam("parentCode") @Size(max = 64) String parentCode,
            @QueryParam("campaignCode") @Size(max = 64) String campaignCode,
            @BeanParam @Valid PageRequest page) {
        return sessions.below(code, new SessionFilter(status == null ? null : ReviewSession.Status.valueOf(status),
                unitKind, parentCode, campaignCode), page).map(mapper::toView);
    }
}
