package vn.tusoi.aggregation.notice;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.Startup;

import vn.tusoi.platform.security.Caller;

/**
 * The members' addresses in Keycloak, read through its admin API with this service's own client (client credentials,
 * the realm-management role {@code view-users} and nothing else): the users whose {@code member} attribute is the
 * registry number, enabled, with a verified address. The admin API is at the realm's address with
 * {@code /admin/realms/} for {@code /realms/} unless {@code notices.member-directory.url} names it.
 */
@Startup
@ApplicationScoped
public class IdentityProviderDirectory implements MemberDirectory {

    /** The part of Keycloak's user representation read here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DirectoryUser(String username, String email, Boolean emailVerified, Boolean enabled,
            Map<String, List<String>> attributes) {
    }

    @Path("/users")
    @Produces(MediaType.APPLICATION_JSON)
    public interface Users {
        @GET
        List<DirectoryUser> search(@HeaderParam("Authorization") String authorization, @QueryParam("q") String query,
                @QueryParam("exact") boolean exact, @QueryParam("briefRepresentation") boolean brief,
                @QueryParam("max") int max);
    }

    /** How long a look-up waits for the identity provider before the notices wait for a later run. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final boolean enabled;
    private final OidcClient client;
    private final Users users;
    private volatile Tokens tokens;

    public IdentityProviderDirectory(OidcClient client,
            @ConfigProperty(name = "notices.member-directory.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "notices.member-directory.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> realm,
            @ConfigProperty(name = "quarkus.oidc-client.credentials.secret") Optional<String> secret) {
        if (enabled && secret.filter(s -> !s.isBlank()).isEmpty()) {
            // fails closed: without it no member would ever be e-mailed, and nothing would say why
            throw new IllegalStateException("set MEMBER_DIRECTORY_SECRET, the secret of the identity provider's client"
                    + " aggregation-service (or notices.member-directory.enabled=false: members are then not e-mailed)");
        }
        Optional<String> admin = url.or(() -> realm.map(r -> r.replaceFirst("/realms/", "/admin/realms/")));
        if (enabled && admin.isEmpty()) {
            throw new IllegalStateException("set notices.member-directory.url, the identity provider's admin API of the"
                    + " realm (or notices.member-directory.enabled=false: members are then not e-mailed)");
        }
        this.client = client;
        this.enabled = enabled;
        this.users = enabled
                ? QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(admin.get()))
                        .connectTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).build(Users.class)
                : null;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public List<String> addressesOf(String registryNo) {
        List<DirectoryUser> found;
        try {
            found = users.search("Bearer " + accessToken(), Caller.MEMBER_CLAIM + ":" + registryNo, true, false, 10);
        } catch (RuntimeException e) {
            throw new DirectoryUnavailable("the identity provider did not give member " + registryNo + "'s address: "
                    + e.getMessage(), e);
        }
        return found.stream()
                .filter(u -> u.attributes() != null
                        && u.attributes().getOrDefault(Caller.MEMBER_CLAIM, List.of()).contains(registryNo))
                .filter(u -> !Boolean.FALSE.equals(u.enabled()) && Boolean.TRUE.equals(u.emailVerified())
                        && u.email() != null && !u.email().isBlank())
                .map(DirectoryUser::email).distinct().toList();
    }

    private String accessToken() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenWithinRefreshInterval() || current.isAccessTokenExpired()) {
            current = client.getTokens().await().atMost(TIMEOUT);
            tokens = current;
        }
        return current.getAccessToken();
    }
}
