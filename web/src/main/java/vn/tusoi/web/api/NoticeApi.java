package vn.tusoi.web.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** aggregation-service's notices (the units' inboxes, a member's own) and reminders, with the signed-in user's token. */
@AccessToken
@RegisterRestClient(configKey = "aggregation")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface NoticeApi {

    @GET
    @Path("/notices")
    Page<Notice> notices(@QueryParam("unitCode") String unitCode, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/notices/unread")
    Reminders.Unread unread(@QueryParam("unitCode") String unitCode);

    @GET
    @Path("/notices/escalated-actions")
    List<Reminders.Escalated> escalatedActions(@QueryParam("unitCode") String unitCode);

    @GET
    @Path("/notices/mine")
    Page<Notice> mine(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/notices/mine/unread")
    Reminders.UnreadOfMine unreadOfMine();

    @POST
    @Path("/notices/{id}/read")
    void read(@PathParam("id") UUID id);

    @GET
    @Path("/campaigns/{code}/reminder-schedule")
    Reminders.Schedule schedule(@PathParam("code") String code);

    @PUT
    @Path("/campaigns/{code}/reminder-schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    Reminders.Schedule setSchedule(@HeaderParam(SessionApi.IDEMPOTENCY_KEY) String key, @PathParam("code") String code,
            Reminders.Schedule schedule);

    @POST
    @Path("/campaigns/{code}/laggards/{unit}/reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    Reminders.Outcome remind(@HeaderParam(SessionApi.IDEMPOTENCY_KEY) String key, @PathParam("code") String code,
            @PathParam("unit") String unit, Reminders.Request request);
}
