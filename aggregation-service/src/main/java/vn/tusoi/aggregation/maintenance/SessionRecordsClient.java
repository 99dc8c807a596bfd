package vn.tusoi.aggregation.maintenance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** session-service's own records of a campaign, page by page, asked with the caller's (an administrator's) token. */
@AccessToken
@RegisterRestClient(configKey = "session")
@Path("/api/v1/records")
@Produces(MediaType.APPLICATION_JSON)
public interface SessionRecordsClient {

    /** {@code kind}: sessions, shortcomings or self-reviews; {@code after}: the previous page's {@code next}. */
    @GET
    @Path("/{kind}")
    Response page(@PathParam("kind") String kind, @QueryParam("campaignCode") String campaignCode,
            @QueryParam("size") int size, @QueryParam("after") String after);
}
