package vn.tusoi.session.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.grading.CriteriaFrame;
import vn.tusoi.session.grading.CriteriaFrameContent;
import vn.tusoi.session.grading.CriteriaFrames;

/** The criteria frames of the 100-point score sheets: read by everyone, published by the administrator. */
@Path("/api/v1/criteria-frames")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaFrameResource {

    private final CriteriaFrames frames;

    public CriteriaFrameResource(CriteriaFrames frames) {
        this.frames = frames;
    }

    @GET
    @Operation(summary = "Every criteria frame a score sheet may follow, QĐ 366's two groups first shipped")
    public List<CriteriaFrameContent> list() {
        return frames.all().stream().map(CriteriaFrame::content).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One criteria frame: its groups and the most points each gives")
    public CriteriaFrameContent get(@PathParam("id") @Size(max = 64) String id) {
        return frames.get(id).content();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a new criteria frame (a province's appendix): groups giving 100 points in all; a"
            + " frame never changes once published")
    public Response publish(@NotNull @Valid CriteriaFrameContent frame) {
        CriteriaFrame published = frames.publish(frame);
        return Response.created(URI.create("/api/v1/criteria-frames/" + published.id)).entity(published.content())
                .build();
    }
}
