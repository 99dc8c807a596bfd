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

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * session-service's campaigns, sessions, follow-up and targets, called with the signed-in user's token; every write
 * carries the form's {@code Idempotency-Key}, so that a form sent twice is done once.
 */
@AccessToken
@RegisterRestClient(configKey = "session")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SessionApi {

    String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** A checklist's items as a spreadsheet exports them, in UTF-8. */
    String CSV = "text/csv; charset=UTF-8";

    @GET
    @Path("/campaigns")
    Page<Campaign> campaigns(@QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/campaigns/{code}")
    Campaign campaign(@PathParam("code") String code);

    @GET
    @Path("/units/{unit}/shortcomings")
    Page<Shortcoming> shortcomings(@PathParam("unit") String unit, @QueryParam("status") String status,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/units/{unit}/indicators/{period}")
    IndicatorSet indicators(@PathParam("unit") String unit,
            @PathParam("period") String period);

    @GET
    @Path("/campaigns/{code}/sessions")
    Page<Session> sessionOf(@PathParam("code") String code,
            @QueryParam("unitCode") String unitCode);

    @GET
    @Path("/units/{unit}/sessions")
    Page<Session> sessionsBelow(@PathParam("unit") String unit,
            @QueryParam("status") String status, @QueryParam("campaignCode") String campaignCode,
            @QueryParam("unitKind") String unitKind, @QueryParam("parentCode") String parentCode,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/sessions/{id}")
    Session session(@PathParam("id") UUID id);

    @POST
    @Path("/campaigns/{code}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    Session record(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @PathParam("code") String code, SessionRequest request);

    @PUT
    @Path("/sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Session edit(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @PathParam("id") UUID id, SessionRequest request);

    @POST
    @Path("/sessions/{id}/submit")
    Session submit(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @PathParam("id") UUID id);

    @POST
    @Path("/sessions/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    Decisions.Results decide(@HeaderParam(IDEMPOTENCY_KEY) String key, Decisions.Request request);

    @GET
    @Path("/sessions/{id}/shortcomings")
    List<Shortcoming> shortcomingsOf(@PathParam("id") UUID id);

    @POST
    @Path("/sessions/{id}/shortcomings")
    @Consumes(MediaType.APPLICATION_JSON)
    Shortcoming addShortcoming(@HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("id") UUID sessionId,
            ShortcomingRequest request);

    @PUT
    @Path("/shortcomings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Shortcoming editShortcoming(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("id") UUID id, ShortcomingRequest request);

    @PATCH
    @Path("/actions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Shortcoming.Action reportAction(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("id") UUID id, Writes.ActionUpdate update);

    @POST
    @Path("/actions/{id}/verify")
    Shortcoming.Action verifyAction(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("id") UUID id);

    @POST
    @Path("/actions/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    Shortcoming.Action reopenAction(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("id") UUID id, Writes.Reason reason);

    @POST
    @Path("/shortcomings/{id}/carry-over")
    @Consumes(MediaType.APPLICATION_JSON)
    Shortcoming carryOver(@HeaderParam(IDEMPOTENCY_KEY) String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("id") UUID id, Writes.CarryOver request);

    @GET
    @Path("/checklists")
    List<Checklist> checklists();

    @GET
    @Path("/checklists/{id}")
    Checklist checklist(@PathParam("id") String id);

    @POST
    @Path("/checklists/{id}/diff")
    @Consumes(MediaType.APPLICATION_JSON)
    ChecklistDiff checklistDiff(@PathParam("id") String id, JsonNode list);

    @POST
    @Path("/checklists/{id}/diff")
    @Consumes(CSV)
    ChecklistDiff checklistDiffCsv(@PathParam("id") String id, String csv);

    @POST
    @Path("/checklists/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    Checklist publishChecklist(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @PathParam("id") String id, JsonNode list);

    @POST
    @Path("/checklists/{id}/versions")
    @Consumes(CSV)
    Checklist publishChecklistCsv(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @PathParam("id") String id, String csv);

    @GET
    @Path("/checklists/{id}/versions/{number}")
    Checklist checklist(@PathParam("id") String id,
            @PathParam("number") long number);

    @GET
    @Path("/campaigns/{code}/self-reviews/{registryNo}")
    SelfReview selfReview(@PathParam("code") String code,
            @PathParam("registryNo") String registryNo);

    @GET
    @Path("/campaigns/{code}/self-reviews")
    Page<SelfReview> selfReviewsOf(@PathParam("code") String code, @QueryParam("unitCode") String unitCode,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @PUT
    @Path("/campaigns/{code}/self-reviews/{registryNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    SelfReview writeSelfReview(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("code") String code, @PathParam("registryNo") String registryNo,
            Writes.SelfReviewRequest request);

    /** {@code step} is {@code propose} or {@code decide}. */
    @POST
    @Path("/campaigns/{code}/self-reviews/{registryNo}/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    SelfReview gradeSelfReview(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("code") String code, @PathParam("registryNo") String registryNo, @PathParam("step") String step,
            Writes.Grade grade);

    @PUT
    @Path("/units/{unit}/indicators/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    IndicatorSet putIndicators(@HeaderParam(IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("unit") String unit, @PathParam("period") String period, List<Writes.Indicator> indicators);

    @GET
    @Path("/criteria-frames/{id}")
    Scores.CriteriaFrame criteriaFrame(@PathParam("id") String id);

    @GET
    @Path("/campaigns/{code}/self-reviews/{registryNo}/conditions")
    GradeConditions selfReviewConditions(@PathParam("code") String code,
            @PathParam("registryNo") String registryNo);
}
