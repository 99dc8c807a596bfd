package vn.tusoi.platform.ratelimit;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import vn.tusoi.platform.security.Caller;

/** Every request to the public API counts against its caller's allowance ({@link RateLimits}). */
public class RateLimitFilter {

    private final RateLimits limits;
    private final Caller caller;

    public RateLimitFilter(RateLimits limits, Caller caller) {
        this.limits = limits;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = 100)
    public void count(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            limits.take(caller.name());
        }
    }
}
