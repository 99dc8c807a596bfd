package vn.tusoi.platform.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens already verified, with the identity each gave. A token comes back many times in its life (a leader's
 * dashboard reading every few seconds, a registry's client calling in a loop); parsing it and checking its signature
 * again each time was a third of the CPU a cached progress read costs. This provider answers before the OIDC one
 * ({@link #priority()}): a token seen and verified within {@code verified-tokens.max-age} and not expired gives its
 * identity again, with this request's context in it; any other token goes to the OIDC provider, and only what it
 * accepts is kept. A refused token is checked in full every time it comes.
 *
 * <p>Kept only: access tokens (not the ID tokens of a code flow), with an expiry, not bound to a client's certificate
 * or key ({@code cnf}, which must be checked against each request). The entries are bounded in number and age, so a
 * verification key withdrawn by the identity provider stops counting within {@code max-age}.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private record Verified(SecurityIdentity identity, long expiresAtSecond) {
    }

    private final OidcIdentityProvider oidc;
    private final Cache<String, Verified> verified;
    private final boolean enabled;

    public VerifiedTokens(OidcIdentityProvider oidc, VerifiedTokensConfig config, MeterRegistry registry) {
        this.oidc = oidc;
        this.enabled = config.maxSize() > 0;
        this.verified = Caffeine.newBuilder().maximumSize(config.maxSize()).expireAfterWrite(config.maxAge())
                .recordStats().build();
        CaffeineCacheMetrics.monitor(registry, verified, "verified-tokens");
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before the OIDC provider, which has the default priority (providers run from the highest). */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential credential)) {
            return oidc.authenticate(request, context);
        }
        String token = credential.getToken();
        Verified known = verified.getIfPresent(token);
        if (known != null && Instant.now().getEpochSecond() < known.expiresAtSecond()) {
            return Uni.createFrom().item(forThisRequest(known.identity(), request, context));
        }
        return oidc.authenticate(request, context).invoke(identity -> keep(token, identity));
    }

    private void keep(String token, SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0
                && jwt.getClaim("cnf") == null) {
            verified.put(token, new Verified(identity, jwt.getExpirationTime()));
        }
    }

    /** The identity as the OIDC provider built it, with the request it now stands for in place of the first one. */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(REQUEST_CONTEXT, context);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            builder.addAttribute(ROUTING_CONTEXT, routing);
        }
        return builder.build();
    }
}
