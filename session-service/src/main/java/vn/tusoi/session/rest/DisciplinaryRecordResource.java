package vn.tusoi.session.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.DisciplinaryRecordView;
import vn.tusoi.session.grading.Discipline;
import vn.tusoi.session.grading.DisciplineService;

/** Disciplinary decisions against units and members: they bar grades above "Hoàn thành nhiệm vụ" for the year. */
@Path("/api/v1/disciplinary-records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class DisciplinaryRecordResource {

    private final DisciplineService discipline;
    private final GradingViews mapper;

    public DisciplinaryRecordResource(DisciplineService discipline, GradingViews mapper) {
        this.discipline = discipline;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a disciplinary decision against a unit, or a member of it, for a year (the committees"
            + " above the unit)")
    public Response record(@NotNull @Valid Discipline decision) {
        return Response.status(201).entity(mapper.toView(discipline.record(decision))).build();
    }

    @GET
    @Operation(summary = "The decisions recorded at a unit (its own and its members'), newest year first")
    public List<DisciplinaryRecordView> at(@QueryParam("unitCode") @NotBlank @Size(max = 64) String unitCode,
            @QueryParam("year") @Min(1930) @Max(2200) Integer year) {
        return discipline.at(unitCode, year).stream().map(mapper::toView).toList();
    }
}
