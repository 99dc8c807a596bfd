package vn.tusoi.web.signin;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * Signing out: only by POST with the form token, so that no other site can sign a user out with a link or an image.
 * The web session ends here, then Keycloak's (its end-session endpoint, with the ID token as hint), which sends the
 * browser back to "Bạn đã đăng xuất". A GET asks to confirm.
 */
@Path("/dang-xuat")
public class SignOutResource {

    private final SignedInUser user;
    private final FormToken formToken;
    private final OidcSession session;
    private final OidcConfigurationMetadata provider;

    public SignOutResource(SignedInUser user, FormToken formToken, OidcSession session,
            OidcConfigurationMetadata provider) {
        this.user = user;
        this.formToken = formToken;
        this.session = session;
        this.provider = provider;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirm() {
        return new SignOutPage();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> signOut(@FormParam(FormToken.FIELD) String token, @Context UriInfo uri) {
        formToken.require(token);
        String idToken = session.getIdToken().getRawToken();
        URI endSession = UriBuilder.fromUri(provider.getEndSessionUri()).queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", uri.getBaseUriBuilder().path("da-dang-xuat").build())
                .build();
        return session.logout().map(done -> Response.seeOther(endSession).build());
    }
}
