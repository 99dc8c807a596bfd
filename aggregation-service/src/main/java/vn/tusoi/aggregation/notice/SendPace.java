package vn.tusoi.aggregation.notice;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pace of sending, per replica: at most {@code notices.mail.per-second} e-mails in all and
 * {@code notices.mail.per-domain-per-second} to one domain (a province's mail server is not flooded at a deadline).
 */
@ApplicationScoped
public class SendPace {

    private final long gapNanos;
    private final long domainGapNanos;
    private final Map<String, Long> nextByDomain = new HashMap<>();
    private long next;

    public SendPace(@ConfigProperty(name = "notices.mail.per-second", defaultValue = "50") double perSecond,
            @ConfigProperty(name = "notices.mail.per-domain-per-second", defaultValue = "10") double perDomainPerSecond) {
        this.gapNanos = (long) (1e9 / perSecond);
        this.domainGapNanos = (long) (1e9 / perDomainPerSecond);
    }

    /** Waits until an e-mail to the address may leave, and counts it as sent. */
    public void await(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long at = Math.max(now, Math.max(next, nextByDomain.getOrDefault(domain, now)));
            next = at + gapNanos;
            nextByDomain.put(domain, at + domainGapNanos);
            if (nextByDomain.size() > 10_000) {
                nextByDomain.values().removeIf(t -> t < now);
            }
            wait = at - now;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
