package vn.tusoi.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** A unit's quality classification for a year: self-assessed, proposed, decided. */
@Path("/api/v1/units/{code}/classifications/{year}")
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
    @Operation(summary = "The unit's self-assessment for the year")
    public ClassificationView selfAssess(@PathParam("code") String code, @PathParam("year") int year,
            @NotNull @Valid GradeRequest request) {
        return mapper.toView(grading.selfAssess(code, year, request.grade(), request.score()));
    }

    @GET
    @Path("/conditions")
    @Operation(summary = "What an excellent grade needs that the service checks: every shortcoming raised at the unit"
            + " in the year's sessions resolved (listed when not), and its targets of the year met and exceeded")
    public GradeConditions conditions(@PathParam("code") String code, @PathParam("year") int year) {
        return grading.conditions(code, year);
    }

    @GET
    @Operation(summary = "A unit's classification of a year and its stage")
    public ClassificationView get(@PathParam("code") String code, @PathParam("year") int year) {
        return mapper.toView(grading.classification(code, year));
    }

    @POST
    @Path("/propose")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The superior committee proposes the unit's grade (QĐ 366's conditions checked)")
    public ClassificationView propose(@PathParam("code") String code, @PathParam("year") int year,
            @NotNull @Valid GradeRequest request) {
        return mapper.toView(grading.gradeClassification(code, year, Grading.Step.PROPOSE, request.grade(),
                request.score()));
    }

    @POST
    @Path("/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The competent committee decides the unit's grade (QĐ 366's conditions checked)")
    public ClassificationView decide(@PathParam("code") String code, @PathParam("year") int year,
            @NotNull @Valid GradeRequest request) {
        return mapper.toView(grading.gradeClassification(code, year, Grading.Step.DECIDE, request.grade(),
                request.score()));
    }
}
