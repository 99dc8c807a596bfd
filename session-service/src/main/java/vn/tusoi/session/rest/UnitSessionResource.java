package vn.tusoi.session.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.session.ReviewSession;
import vn.tusoi.session.mapping.SessionMapper;
import vn.tusoi.session.repository.SessionRepository;
import vn.tusoi.session.service.SessionService;

/** The sessions of the units below a unit: with {@code status=SUBMITTED}, what its committee has to review. */
@Path("/api/v1/units/{code}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class UnitSessionResource {

    private final SessionService sessions;
    private final SessionMapper mapper;

    public UnitSessionResource(SessionService sessions, SessionMapper mapper) {
        this.sessions = sessions;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Sessions of the units strictly below the unit, oldest submission first; filtered by"
            + " status, kind of unit, the unit directly above it and campaign")
    public PageView<SessionView> below(@PathParam("code") String code,
            @QueryParam("status") @Pattern(regexp = "DRAFT|HELD|SUBMITTED|APPROVED|RETURNED") String status,
            @QueryParam("unitKind") @Pattern(regexp = "[A-Z_]{1,40}") String unitKind,
            @QueryParam("parentCode") @Size(max = 64) String parentCode,
            @QueryParam("campaignCode") @Size(max = 64) String campaignCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return PageView.of(sessions.below(code, new SessionRepository.Filter(
                status == null ? null : ReviewSession.Status.valueOf(status), unitKind, parentCode,
                campaignCode)), page, size, mapper::toView);
    }
}
