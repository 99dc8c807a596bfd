package vn.tusoi.platform.outbox;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * What waits in the outbox, measured every {@code outbox.measure-interval} and published as gauges where the service
 * keeps a registry: {@code tusoi_outbox_pending} (rows not yet taken by the broker),
 * {@code tusoi_outbox_oldest_age_seconds} (how long the oldest of them has waited) and {@code tusoi_outbox_refused}
 * (rows set aside). Every replica reports the same shared table.
 */
@ApplicationScoped
public class OutboxBacklog {

    private final EntityManager em;
    private final Instance<MeterRegistry> registry;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public OutboxBacklog(EntityManager em, Instance<MeterRegistry> registry) {
        this.em = em;
        this.registry = registry;
    }

    void register(@Observes StartupEvent start) {
        if (registry.isResolvable()) {
            MeterRegistry meters = registry.get();
            Gauge.builder("tusoi.outbox.pending", pending, AtomicLong::get)
                    .description("Outbox rows not yet taken by the broker").register(meters);
            Gauge.builder("tusoi.outbox.oldest.age.seconds", oldestAgeSeconds, AtomicLong::get)
                    .description("How long the oldest outbox row has waited for the broker").register(meters);
            Gauge.builder("tusoi.outbox.refused", refused, AtomicLong::get)
                    .description("Outbox rows the broker refused for good, set aside").register(meters);
        }
    }

    @Scheduled(every = "{outbox.measure-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] outbox = (Object[]) em.createNativeQuery("SELECT count(*),"
                    + " coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox_event").getSingleResult();
            pending.set(((Number) outbox[0]).longValue());
            oldestAgeSeconds.set(((Number) outbox[1]).longValue());
            refused.set(((Number) em.createNativeQuery("SELECT count(*) FROM outbox_refused").getSingleResult())
                    .longValue());
        });
    }
}
