package vn.tusoi.organization.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.organization.api.RestructuringRequests;
import vn.tusoi.organization.api.UnitView;
import vn.tusoi.organization.restructuring.MergeService;
import vn.tusoi.organization.restructuring.RestructuringService;
import vn.tusoi.organization.restructuring.SplitService;
import vn.tusoi.platform.security.Roles;

/** The hierarchy's changes with an effective date: rename, move, dissolve, split, merge. */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class RestructuringResource {

    private final RestructuringService restructuring;
    private final MergeService merges;
    private final SplitService splits;
    private final UnitViews mapper;

    public RestructuringResource(RestructuringService restructuring, MergeService merges, SplitService splits,
            UnitViews mapper) {
        this.restructuring = restructuring;
        this.merges = merges;
        this.splits = splits;
        this.mapper = mapper;
    }

    @POST
    @Path("/{code}/rename")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Rename a unit from an effective date")
    public UnitView rename(@PathParam("code") String code, @NotNull @Valid RestructuringRequests.Rename request) {
        return mapper.toView(restructuring.rename(code, request.name(), request.effectiveDate()));
    }

    @POST
    @Path("/{code}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Move the unit and its subtree under a new parent")
    public UnitView move(@PathParam("code") String code, @NotNull @Valid RestructuringRequests.Move request) {
        return mapper.toView(restructuring.move(code, request.newParentCode(), request.effectiveDate()));
    }

    @POST
    @Path("/{code}/dissolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Dissolve a unit that has no sub-units left")
    public UnitView dissolve(@PathParam("code") String code,
            @NotNull @Valid RestructuringRequests.Dissolve request) {
        return mapper.toView(restructuring.dissolve(code, request.effectiveDate()));
    }

    @POST
    @Path("/{code}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Split a unit into new ones, assigning each sub-unit and member to one of them")
    public List<UnitView> split(@PathParam("code") String code, @NotNull @Valid RestructuringRequests.Split request) {
        return splits.split(code, request.targets(), request.subUnitsOrNone(), request.membersOrNone(),
                request.effectiveDate()).stream().map(mapper::toView).toList();
    }

    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Merge units into a new or an existing one; their sub-units follow")
    public UnitView merge(@NotNull @Valid RestructuringRequests.Merge request) {
        return mapper.toView(merges.merge(request.sourceCodes(), request.target(), request.effectiveDate()));
    }
}
