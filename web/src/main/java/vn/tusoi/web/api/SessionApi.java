package vn.tusoi.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** session-service's campaigns, follow-up and targets, read with the signed-in user's token. */
@RegisterRestClient(configKey = "session")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SessionApi {

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
}
