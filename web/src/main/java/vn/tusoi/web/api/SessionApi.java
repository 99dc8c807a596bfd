package vn.tusoi.web.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * session-service's campaigns, sessions, follow-up and targets, called with the signed-in user's token; every write
 * carries the form's {@code Idempotency-Key}, so that a form sent twice is done once.
 */
@RegisterRestClient(configKey = "session")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SessionApi {

    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("/campaigns")
    Page<Campaign> campaigns(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/campaigns/{code}")
    Campaign campaign(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("code") String code);

    @GET
    @Path("/units/{unit}/shortcomings")
    Page<Shortcoming> shortcomings(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("unit") String unit, @QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/units/{unit}/indicators/{period}")
    IndicatorSet indicators(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("unit") String unit,
            @PathParam("period") String period);

    @GET
    @Path("/campaigns/{code}/sessions")
    Page<Session> sessionOf(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("code") String code,
            @QueryParam("unitCode") String unitCode);

    @GET
    @Path("/units/{unit}/sessions")
    Page<Session> sessionsBelow(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("unit") String unit,
            @QueryParam("status") String status, @QueryParam("campaignCode") String campaignCode,
            @QueryParam("unitKind") String unitKind, @QueryParam("parentCode") String parentCode,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/sessions/{id}")
    Session session(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    @POST
    @Path("/campaigns/{code}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    Session record(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @PathParam("code") String code, SessionRequest request);

    @PUT
    @Path("/sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Session edit(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @PathParam("id") UUID id, SessionRequest request);

    @POST
    @Path("/sessions/{id}/submit")
    Session submit(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @PathParam("id") UUID id);

    @POST
    @Path("/sessions/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    Decisions.Results decide(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, Decisions.Request request);

    @GET
    @Path("/sessions/{id}/shortcomings")
    List<Shortcoming> shortcomingsOf(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") UUID id);

    @POST
    @Path("/sessions/{id}/shortcomings")
    @Consumes(MediaType.APPLICATION_JSON)
    Shortcoming addShortcoming(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("id") UUID sessionId, ShortcomingRequest request);

    @PUT
    @Path("/shortcomings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Shortcoming editShortcoming(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("id") UUID id, ShortcomingRequest request);

    @PATCH
    @Path("/actions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Shortcoming.Action reportAction(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("id") UUID id, Writes.ActionUpdate update);

    @POST
    @Path("/actions/{id}/verify")
    Shortcoming.Action verifyAction(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("id") UUID id);

    @POST
    @Path("/actions/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    Shortcoming.Action reopenAction(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("id") UUID id, Writes.Reason reason);

    @POST
    @Path("/shortcomings/{id}/carry-over")
    @Consumes(MediaType.APPLICATION_JSON)
    Shortcoming carryOver(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("id") UUID id, Writes.CarryOver request);

    @GET
    @Path("/checklists/{id}")
    Checklist checklist(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id);

    @GET
    @Path("/checklists/{id}/versions/{number}")
    Checklist checklist(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") String id,
            @PathParam("number") long number);

    @GET
    @Path("/campaigns/{code}/self-reviews/{registryNo}")
    SelfReview selfReview(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("code") String code,
            @PathParam("registryNo") String registryNo);

    @GET
    @Path("/campaigns/{code}/self-reviews")
    Page<SelfReview> selfReviewsOf(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("code") String code, @QueryParam("unitCode") String unitCode, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @PUT
    @Path("/campaigns/{code}/self-reviews/{registryNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    SelfReview writeSelfReview(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("code") String code, @PathParam("registryNo") String registryNo,
            Writes.SelfReviewRequest request);

    /** {@code step} is {@code propose} or {@code decide}. */
    @POST
    @Path("/campaigns/{code}/self-reviews/{registryNo}/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    SelfReview gradeSelfReview(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("code") String code, @PathParam("registryNo") String registryNo, @PathParam("step") String step,
            Writes.Grade grade);

    @GET
    @Path("/units/{unit}/classifications/{year}")
    Classification classification(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @PathParam("unit") String unit, @PathParam("year") int year);

    @PUT
    @Path("/units/{unit}/classifications/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    Classification selfAssess(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("unit") String unit, @PathParam("year") int year, Writes.Grade grade);

    /** {@code step} is {@code propose} or {@code decide}. */
    @POST
    @Path("/units/{unit}/classifications/{year}/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    Classification gradeClassification(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("unit") String unit, @PathParam("year") int year, @PathParam("step") String step,
            Writes.Grade grade);

    @PUT
    @Path("/units/{unit}/indicators/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    IndicatorSet putIndicators(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
            @HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("unit") String unit, @PathParam("period") String period, List<Writes.Indicator> indicators);
}
