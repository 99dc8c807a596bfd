package vn.tusoi.organization.rest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

import vn.tusoi.organization.api.NotificationSettingsRequest;
import vn.tusoi.organization.api.UnitCodes;
import vn.tusoi.organization.api.UnitView;
import vn.tusoi.organization.importing.ImportMeter;
import vn.tusoi.organization.importing.ImportReport;
import vn.tusoi.organization.importing.UnitImportRow;
import vn.tusoi.organization.importing.UnitImportService;
import vn.tusoi.organization.importing.UnitStreamImport;
import vn.tusoi.organization.unit.Lineage;
import vn.tusoi.organization.unit.NotificationSettings;
import vn.tusoi.organization.unit.UnitService;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.rest.BodyLimit;
import vn.tusoi.platform.security.Roles;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitService units;
    private final UnitImportService importer;
    static final String NDJSON = "application/x-ndjson";

    private final UnitStreamImport streamImport;
    private final UnitViews mapper;
    private final ImportMeter meter;
    private final NotificationSettings notifications;

    public UnitResource(UnitService units, UnitImportService importer, UnitStreamImport streamImport,
            UnitViews mapper, ImportMeter meter, NotificationSettings notifications) {
        this.notifications = notifications;
        this.meter = meter;
        this.units = units;
        this.importer = importer;
        this.streamImport = streamImport;
        this.mapper = mapper;
    }

    @POST
    @Path("/import")
    @BodyLimit(megabytes = 64)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Bulk upsert of units, idempotent by code; parents may follow their children")
    public ImportReport importUnits(@NotNull List<UnitImportRow> rows, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("atomic") boolean atomic) {
        ImportReport report = importer.importUnits(rows, dryRun, atomic);
        return meter.counted("units", report.applied(), report.outcomes(), report);
    }

    @POST
    @Path("/import")
    @BodyLimit(megabytes = 64)
    @Consumes(NDJSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "A whole tree in one request: one unit as JSON per line, any order, imported in chunks as it "
            + "arrives (each chunk committed on its own; no dryRun or atomic)")
    public ImportReport importStream(InputStream rows) {
        ImportReport report = streamImport.importStream(rows);
        return meter.counted("units", report.applied(), report.outcomes(), report);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One unit, now or as it was on asOf")
    public UnitView get(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        return asOf == null ? mapper.toView(units.get(code)) : mapper.toView(units.asOf(code, asOf));
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The units of up to 10,000 codes in one request, those the caller may read; a code unknown"
            + " and one outside the caller's units are both left out")
    public List<UnitView> lookup(@NotNull @Valid UnitCodes request) {
        return units.lookup(request.codes()).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{code}/children")
    @Operation(summary = "Direct sub-units, now or as they were on asOf")
    public Page<UnitView> children(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf,
            @BeanParam @Valid PageRequest page) {
        return asOf == null
                ? units.children(code, page).map(mapper::toView)
                : units.childrenAsOf(code, asOf, page).map(mapper::toView);
    }

    @PUT
    @Path("/{code}/notification-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Where the unit's notices are e-mailed (at most five addresses) and whether its e-mail is off;"
            + " its officers or those above it set them")
    public UnitView setNotificationSettings(@PathParam("code") String code,
            @NotNull @Valid NotificationSettingsRequest request) {
        return mapper.toView(notifications.set(code, request.emails(), request.emailOff()));
    }

    @GET
    @Path("/{code}/lineage")
    @Operation(summary = "The units this one was merged or split from, and those it became")
    public Lineage lineage(@PathParam("code") String code) {
        return units.lineage(code);
    }

    @GET
    @Operation(summary = "Search by code or name, accent-insensitive; filter by kind and by subtree (under)")
    public Page<UnitView> search(@QueryParam("q") @Size(max = 200) String q,
            @QueryParam("kind") @Size(max = 32) String kind,
            @QueryParam("under") @Size(max = 64) String under,
            @BeanParam @Valid PageRequest page) {
        return units.search(q, kind, under, page).map(mapper::toView);
    }
}
