package vn.tusoi.session.hierarchy;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * organization-service's public API, asked with the caller's own token: what it answers depends on what the caller
 * may read there. Answers are read as JSON (the look-ups keep what they need of them).
 */
@AccessToken
@RegisterRestClient(configKey = "organization")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface OrganizationClient {

    @GET
    @Path("/units/{code}")
    Response unit(@PathParam("code") String code);

    /** Up to 10,000 units at once: those the caller may read. */
    @POST
    @Path("/units/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    Response units(Map<String, List<String>> codes);

    @GET
    @Path("/members/{registryNo}")
    Response member(@PathParam("registryNo") String registryNo);
}
