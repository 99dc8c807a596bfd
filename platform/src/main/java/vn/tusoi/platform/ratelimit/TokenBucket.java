package vn.tusoi.platform.ratelimit;

/**
 * One caller's allowance: {@code perSecond} requests a second on average, up to {@code burst} at once. Thread-safe.
 */
final class TokenBucket {

    private final double perNano;
    private final double burst;
    private double tokens;
    private long refilledAt;
    private long usedAt;

    TokenBucket(int perSecond, int burst, long now) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = now;
        this.usedAt = now;
    }

    /** Takes one request's token; 0 when taken, else the nanoseconds until one is there. */
    synchronized long take(long now) {
        refill(now);
        usedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Whether its caller has sent nothing since {@code before}: a caller gone quiet, whose bucket can be dropped. */
    synchronized boolean idleSince(long before) {
        return usedAt < before;
    }

    private void refill(long now) {
        tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
    }
}
