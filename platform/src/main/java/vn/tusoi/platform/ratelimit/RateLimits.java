package vn.tusoi.platform.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import vn.tusoi.platform.rest.RuleViolation;

/**
 * Requests per caller (the token's name: a user or a client), per replica: {@code rate-limit.per-second} on
 * average and up to {@code rate-limit.burst} at once for every caller, or the caller's own figure from
 * {@code rate-limit.callers."<name>"} (a provincial system allowed more, one misbehaving allowed less). A request
 * over it is a 429 with {@code Retry-After}. Buckets of callers gone quiet are dropped every minute.
 */
@ApplicationScoped
public class RateLimits {

    @ConfigMapping(prefix = "rate-limit")
    public interface Config {

        @WithDefault("true")
        boolean enabled();

        /** Requests a second a caller may send on average, per replica. */
        @WithDefault("1000")
        int perSecond();

        /** Requests a caller may send at once. */
        @WithDefault("2000")
        int burst();

        /** Requests a second for named callers (their burst is twice that). */
        Map<String, Integer> callers();
    }

    private final Config config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(Config config) {
        this.config = config;
    }

    /** Counts a request of the caller; a 429 when the caller is over its allowance. */
    public void take(String caller) {
        if (!config.enabled()) {
            return;
        }
        long now = System.nanoTime();
        String name = caller == null ? "" : caller;
        long wait = buckets.computeIfAbsent(name, key -> bucket(key, now)).take(now);
        if (wait > 0) {
            int seconds = (int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
            throw RuleViolation.rateLimited("too many requests from " + caller + ": send again in " + seconds
                    + " s", seconds);
        }
    }

    private TokenBucket bucket(String caller, long now) {
        Integer own = config.callers().get(caller);
        return own != null
                ? new TokenBucket(own, 2 * own, now)
                : new TokenBucket(config.perSecond(), config.burst(),
                        now);
    }

    @Scheduled(every = "1m", delayed = "1m")
    void dropIdle() {
        long before = System.nanoTime() - TimeUnit.MINUTES.toNanos(1);
        buckets.entrySet().removeIf(entry -> entry.getValue().idleSince(before));
    }
}
