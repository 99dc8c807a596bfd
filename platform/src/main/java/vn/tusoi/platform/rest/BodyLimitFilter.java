package vn.tusoi.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Each endpoint takes a body up to its own limit: {@code body-limits.default} (1 MB), or its {@link BodyLimit}. A
 * declared length over it is refused at once, a body sent in chunks as soon as it passes it: 413 problem+json
 * {@code body-too-large}, nothing read further, nothing written. ({@code quarkus.http.limits.max-body-size} is the
 * largest endpoint's limit, a bound for the server as a whole; {@link TooLargeAnswer} says it the same way.)
 */
public class BodyLimitFilter {

    private final long defaultLimit;

    public BodyLimitFilter(@ConfigProperty(name = "body-limits.default", defaultValue = "1M") MemorySize defaultLimit) {
        this.defaultLimit = defaultLimit.asLongValue();
    }

    @ServerRequestFilter(priority = 200)
    public void limit(ContainerRequestContext request, ResourceInfo resource) {
        long limit = limitOf(resource);
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw new RuleViolation(400, "body", "Content-Length is not a number: " + declared);
            }
            if (length > limit) {
                throw tooLarge(limit);
            }
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Capped(request.getEntityStream(), limit));
        }
    }

    private long limitOf(ResourceInfo resource) {
        BodyLimit limit = resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(BodyLimit.class);
        if (limit == null && resource.getResourceClass() != null) {
            limit = resource.getResourceClass().getAnnotation(BodyLimit.class);
        }
        return limit == null ? defaultLimit : limit.megabytes() * 1024L * 1024L;
    }

    static RuleViolation tooLarge(long limit) {
        return new RuleViolation(413, "body-too-large", "body", "the body is larger than this endpoint takes ("
                + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " kB") + ")");
    }

    /** A body sent without a declared length, refused when it passes the limit. */
    private static final class Capped extends FilterInputStream {

        private final long limit;
        private long read;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
