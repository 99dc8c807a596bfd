package vn.tusoi.web.api;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * session-service's classifications of units for a grading period (a year, a quarter, a term or an occasion), and
 * the periods themselves, called with the signed-in user's token; writes carry the form's {@code Idempotency-Key}.
 */
@AccessToken
@RegisterRestClient(configKey = "session")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ClassificationApi {

    @GET
    @Path("/units/{unit}/classifications/{period}")
    Classification classification(@PathParam("unit") String unit, @PathParam("period") String period);

    @PUT
    @Path("/units/{unit}/classifications/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    Classification selfAssess(@HeaderParam(SessionApi.IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("unit") String unit, @PathParam("period") String period, Writes.Grade grade);

    /** {@code step} is {@code propose} or {@code decide}. */
    @POST
    @Path("/units/{unit}/classifications/{period}/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    Classification gradeClassification(@HeaderParam(SessionApi.IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("unit") String unit, @PathParam("period") String period, @PathParam("step") String step,
            Writes.Grade grade);

    @GET
    @Path("/units/{unit}/classifications/{period}/conditions")
    GradeConditions classificationConditions(@PathParam("unit") String unit, @PathParam("period") String period);

    /** The occasions committees declared for grading "when needed", the latest first. */
    @GET
    @Path("/grading-periods/occasions")
    List<GradingPeriod> occasions();

    @GET
    @Path("/grading-periods/{code}")
    GradingPeriod period(@PathParam("code") String code);
}
