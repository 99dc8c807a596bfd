package vn.tusoi.session.rest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.ChecklistView;
import vn.tusoi.session.checklist.ChecklistContent;
import vn.tusoi.session.checklist.ChecklistDiff;
import vn.tusoi.session.checklist.ChecklistService;
import vn.tusoi.session.checklist.ChecklistVersion;

/**
 * The checklists members review themselves against (NQ04-27, QD37-19), and their versions. An administrator
 * loads a corrected list (JSON, or CSV {@code group,groupTitle,number,text,source}), reads what it would change, and
 * publishes it as the next version.
 */
@Path("/api/v1/checklists")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    static final String CSV = "text/csv";

    private final ChecklistService checklists;
    private final ChecklistViews mapper;

    public ChecklistResource(ChecklistService checklists, ChecklistViews mapper) {
        this.checklists = checklists;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Every checklist, at its current version")
    public List<ChecklistView> list() {
        return checklists.currentVersions().stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A checklist at its current version")
    public ChecklistView current(@PathParam("id") String id) {
        return mapper.toView(checklists.current(id));
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(summary = "One version of a checklist, as the self-reviews made against it saw it")
    public ChecklistView version(@PathParam("id") String id, @PathParam("number") long number) {
        return mapper.toView(checklists.version(id, number));
    }

    @POST
    @Path("/{id}/diff")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "What publishing this list would change against the current version; nothing is written")
    public ChecklistDiff diff(@PathParam("id") String id, @NotNull @Valid ChecklistContent list) {
        return checklists.diff(id, list);
    }

    @POST
    @Path("/{id}/diff")
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "What publishing this CSV list would change against the current version")
    public ChecklistDiff diffCsv(@PathParam("id") String id, @NotNull byte[] csv, @Context HttpHeaders headers) {
        return checklists.diff(id, checklists.fromCsv(id, text(csv, headers)));
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish the list as the checklist's next version (If-Match: the version it was read at)")
    public Response publish(@PathParam("id") String id, @NotNull @Valid ChecklistContent list) {
        return published(checklists.publish(id, list));
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish the CSV list as the checklist's next version")
    public Response publishCsv(@PathParam("id") String id, @NotNull byte[] csv, @Context HttpHeaders headers) {
        return published(checklists.publish(id, checklists.fromCsv(id, text(csv, headers))));
    }

    /** The CSV's text in the charset its Content-Type names, UTF-8 when it names none (a spreadsheet's export). */
    private static String text(byte[] body, HttpHeaders headers) {
        String charset = headers.getMediaType() == null
                ? null
                : headers.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return new String(body, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(415, "charset-unknown", "Content-Type", "no such charset: " + charset);
        }
    }

    private Response published(ChecklistVersion version) {
        return Response.created(UriBuilder.fromPath("/api/v1/checklists/{id}/versions/{number}")
                .build(version.key.checklistId(), version.key.number())).entity(mapper.toView(version)).build();
    }
}
