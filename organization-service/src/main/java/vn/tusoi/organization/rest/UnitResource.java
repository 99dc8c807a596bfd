package vn.tusoi.organization.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.organization.Roles;
import vn.tusoi.organization.mapping.UnitMapper;
import vn.tusoi.organization.service.ImportReport;
import vn.tusoi.organization.service.UnitImportRow;
import vn.tusoi.organization.service.UnitImportService;
import vn.tusoi.organization.service.UnitService;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitService units;
    private final UnitImportService importer;
    private final UnitMapper mapper;

    public UnitResource(UnitService units, UnitImportService importer, UnitMapper mapper) {
        this.units = units;
        this.importer = importer;
        this.mapper = mapper;
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Bulk upsert of units, idempotent by code; parents may follow their children")
    public ImportReport importUnits(@NotNull List<UnitImportRow> rows, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("atomic") boolean atomic) {
        return importer.importUnits(rows, dryRun, atomic);
    }

    @GET
    @Path("/{code}")
    public UnitView get(@PathParam("code") String code) {
        return mapper.toView(units.get(code));
    }

    @GET
    @Path("/{code}/children")
    public PageView<UnitView> children(@PathParam("code") String code,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return PageView.of(units.children(code, page, size), mapper::toView);
    }

    @GET
    @Operation(summary = "Search by code or name, accent-insensitive")
    public PageView<UnitView> search(@QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
        return PageView.of(units.search(q, page, size), mapper::toView);
    }
}
