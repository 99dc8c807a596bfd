package vn.tusoi.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.ClassificationView;
import vn.tusoi.session.api.GradeRequest;
import vn.tusoi.session.grading.ClassificationService;
import vn.tusoi.session.grading.GradeConditions;
import vn.tusoi.session.grading.Grading;

/**
 * A unit's quality classification for a period (a year: 2026, a quarter: 2026-Q3, a term: 2020-2025, or an occasion's
 * code): self-assessed, proposed, decided.
 */
@Path("/api/v1/units/{code}/classifications/{period}")
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationResource {

    private final ClassificationService grading;
    private final GradingViews mapper;

    public ClassificationResource(ClassificationService grading, GradingViews mapper) {
        this.grading = grading;
        this.mapper = mapper;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "The unit's self-assessment for the period")
    public ClassificationView selfAssess(@PathParam("code") String code,
            @PathParam("period") @Size(max = 64) String period,
            @NotNull @Valid GradeRequest request) {
        return mapper.toView(grading.selfAssess(code, period, request.grade(), request.score()));
    }

    @GET
    @Path("/conditions")
    @Operation(summary = "What an excellent grade needs that the service checks: every shortcoming raised at the unit"
            + " in the period's sessions resolved (listed when not), and its targets of the period met and exceeded")
    public GradeConditions conditions(@PathParam("code") String code,
            @PathParam("period") @Size(max = 64) String period) {
        return grading.conditions(code, period);
    }

    @GET
    @Operation(summary = "A unit's classification for a period and its stage")
    public ClassificationView get(@PathParam("code") String code, @PathParam("period") @Size(max = 64) String period) {
        return mapper.toView(grading.classification(code, period));
    }

    @POST
    @Path("/propose")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The superior committee proposes the unit's grade (QĐ 366's conditions checked)")
    public ClassificationView propose(@PathParam("code") String code,
            @PathParam("period") @Size(max = 64) String period,
            @NotNull @Valid GradeRequest request) {
        return mapper.toView(grading.gradeClassification(code, period, Grading.Step.PROPOSE, request.grade(),
                request.score()));
    }

    @POST
    @Path("/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The competent committee decides the unit's grade (QĐ 366's conditions checked)")
    public ClassificationView decide(@PathParam("code") String code, @PathParam("period") @Size(max = 64) String period,
            @NotNull @Valid GradeRequest request) {
        return mapper.toView(grading.gradeClassification(code, period, Grading.Step.DECIDE, request.grade(),
                request.score()));
    }
}
