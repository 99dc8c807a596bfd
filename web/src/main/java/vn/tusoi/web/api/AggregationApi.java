package vn.tusoi.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Multi;

/** aggregation-service's roll-ups, read with the signed-in user's token. */
@AccessToken
@RegisterRestClient(configKey = "aggregation")
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public interface AggregationApi {

    @GET
    @Path("/{code}/progress/{unit}")
    Progress progress(@PathParam("code") String code,
            @PathParam("unit") String unit);

    @GET
    @Path("/{code}/progress/{unit}/children")
    Page<Progress> children(@PathParam("code") String code,
            @PathParam("unit") String unit, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{code}/progress/{unit}/final")
    Progress frozen(@PathParam("code") String code,
            @PathParam("unit") String unit);

    @GET
    @Path("/{code}/progress/{unit}/final/children")
    Page<Progress> frozenChildren(@PathParam("code") String code, @PathParam("unit") String unit,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/{code}/progress/{unit}/daily")
    Daily daily(@PathParam("code") String code,
            @PathParam("unit") String unit);

    @GET
    @Path("/{code}/laggards/{unit}")
    Page<Laggard> laggards(@PathParam("code") String code,
            @PathParam("unit") String unit, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The roll-up now, then each time it changes. */
    @GET
    @Path("/{code}/progress/{unit}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    Multi<Progress> stream(@PathParam("code") String code,
            @PathParam("unit") String unit);
}
