package vn.tusoi.web.signin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.TemplateInstance;

/** Where signing out ends, once Keycloak has ended its session too. */
@Path("/da-dang-xuat")
public class SignedOutResource {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return new SignedOutPage();
    }
}
