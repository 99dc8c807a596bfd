package vn.tusoi.organization.rest;

import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.organization.api.MemberView;
import vn.tusoi.organization.importing.ImportMeter;
import vn.tusoi.organization.member.CsvMembers;
import vn.tusoi.organization.member.MemberImport;
import vn.tusoi.organization.member.MemberImportReport;
import vn.tusoi.organization.member.MemberImportRow;
import vn.tusoi.organization.member.MemberService;
import vn.tusoi.platform.rest.BodyLimit;
import vn.tusoi.platform.security.Roles;

/** Members, fed by the member registry: never typed in one by one. */
@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final MemberService members;
    private final MemberImport importer;
    private final UnitViews mapper;
    private final ImportMeter meter;

    public MemberResource(MemberService members, MemberImport importer, UnitViews mapper, ImportMeter meter) {
        this.meter = meter;
        this.members = members;
        this.importer = importer;
        this.mapper = mapper;
    }

    @POST
    @Path("/import")
    @BodyLimit(megabytes = 64)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Bulk upsert by registry number; dryRun returns the diff; scope names the unit whose "
            + "members missing from the file are listed")
    public MemberImportReport importJson(@NotNull List<MemberImportRow> rows, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("scope") @Size(max = 64) String scope) {
        MemberImportReport report = importer.importMembers(rows, dryRun, scope);
        return meter.counted("members", report.applied(), report.outcomes(), report);
    }

    @POST
    @Path("/import")
    @BodyLimit(megabytes = 64)
    @Consumes("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "The same from CSV: a header line registryNo,fullName,unitCode[,role,status,joinedOn]")
    public MemberImportReport importCsv(InputStream csv, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("scope") @Size(max = 64) String scope) {
        MemberImportReport report = importer.importMembers(CsvMembers.parse(csv, MemberImport.MAX_ROWS), dryRun,
                scope);
        return meter.counted("members", report.applied(), report.outcomes(), report);
    }

    @GET
    @Path("/{registryNo}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "A member by registry number, within the caller's units")
    public MemberView get(@PathParam("registryNo") String registryNo) {
        return mapper.toView(members.get(registryNo));
    }

    @POST
    @Path("/{registryNo}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Move a member to another cell")
    public MemberView transfer(@PathParam("registryNo") String registryNo, @NotNull @Valid Transfer transfer) {
        return mapper.toView(members.transfer(registryNo, transfer.unitCode()));
    }

    public record Transfer(@NotBlank @Size(max = 64) String unitCode) {
    }
}
