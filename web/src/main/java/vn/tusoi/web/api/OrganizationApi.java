package vn.tusoi.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** organization-service's units, read with the signed-in user's token. */
@AccessToken
@RegisterRestClient(configKey = "organization")
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public interface OrganizationApi {

    @GET
    @Path("/{code}")
    Unit unit(@PathParam("code") String code);

    /** The same unit, as far as its notices' e-mail goes. */
    @GET
    @Path("/{code}")
    UnitNotifications notifications(@PathParam("code") String code);

    @PUT
    @Path("/{code}/notification-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    UnitNotifications setNotifications(@HeaderParam(SessionApi.IDEMPOTENCY_KEY) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @PathParam("code") String code,
            UnitNotifications.Settings settings);

    @GET
    @Path("/{code}/children")
    Page<Unit> children(@PathParam("code") String code,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** Units by code or name, accent-insensitive. */
    @GET
    Page<Unit> search(@QueryParam("q") String query,
            @QueryParam("page") int page, @QueryParam("size") int size);
}
