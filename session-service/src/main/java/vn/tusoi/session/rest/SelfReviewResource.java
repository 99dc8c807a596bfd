package vn.tusoi.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.idempotency.ResponseNotKept;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.GradeRequest;
import vn.tusoi.session.api.SelfReviewView;
import vn.tusoi.session.grading.GradeConditions;
import vn.tusoi.session.grading.Grading;
import vn.tusoi.session.grading.SelfReviewDraft;
import vn.tusoi.session.grading.SelfReviewService;

/** A member's self-review for a campaign, by registry number: written by the member, graded above. */
@Path("/api/v1/campaigns/{code: .+}/self-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class SelfReviewResource {

    private final SelfReviewService grading;
    private final GradingViews mapper;

    public SelfReviewResource(SelfReviewService grading, GradingViews mapper) {
        this.grading = grading;
        this.mapper = mapper;
    }

    @ResponseNotKept
    @PUT
    @Path("/{registryNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER})
    @Operation(summary = "Write the self-review: manifestations found (1-27), shortcomings, plan, self-grade")
    public SelfReviewView write(@PathParam("code") String code, @PathParam("registryNo") String registryNo,
            @NotNull @Valid SelfReviewDraft request) {
        return mapper.toView(grading.writeSelfReview(code, registryNo, request));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "The self-reviews of a cell's members, for the cell's leadership and the committees above")
    public Page<SelfReviewView> ofCell(@PathParam("code") String code,
            @QueryParam("unitCode") @NotBlank @Size(max = 64) String unitCode,
            @BeanParam @Valid PageRequest page) {
        return grading.selfReviewsOf(code, unitCode, page).map(mapper::toView);
    }

    @GET
    @Path("/{registryNo}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER})
    @Operation(summary = "A member's self-review of the campaign (the member and their committees only)")
    public SelfReviewView get(@PathParam("code") String code, @PathParam("registryNo") String registryNo) {
        return mapper.toView(grading.selfReview(code, registryNo));
    }

    @GET
    @Path("/{registryNo}/conditions")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER})
    @Operation(summary = "What an excellent grade of the member needs that the service checks: every shortcoming"
            + " the member answers for personally resolved (listed when not)")
    public GradeConditions conditions(@PathParam("code") String code, @PathParam("registryNo") String registryNo) {
        return grading.conditions(code, registryNo);
    }

    @ResponseNotKept
    @POST
    @Path("/{registryNo}/propose")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "The cell proposes the member's grade")
    public SelfReviewView propose(@PathParam("code") String code, @PathParam("registryNo") String registryNo,
            @NotNull @Valid GradeRequest request) {
        return mapper.toView(grading.gradeSelfReview(code, registryNo, Grading.Step.PROPOSE, request.grade(),
                request.score()));
    }

    @ResponseNotKept
    @POST
    @Path("/{registryNo}/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The committee decides the member's grade")
    public SelfReviewView decide(@PathParam("code") String code, @PathParam("registryNo") String registryNo,
            @NotNull @Valid GradeRequest request) {
        return mapper.toView(grading.gradeSelfReview(code, registryNo, Grading.Step.DECIDE, request.grade(),
                request.score()));
    }
}
