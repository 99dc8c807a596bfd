package vn.tusoi.platform.deadletter;

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
 * The records set aside and not yet re-driven, measured with the outbox ({@code outbox.measure-interval}) and
 * published as {@code tusoi_dead_letters_waiting} where the service keeps a registry: what an operator must look at,
 * however long ago it was set aside (the counter {@code tusoi_dead_letters_total} says when).
 */
@ApplicationScoped
public class DeadLetterBacklog {

    private final EntityManager em;
    private final Instance<MeterRegistry> registry;
    private final AtomicLong waiting = new AtomicLong();

    public DeadLetterBacklog(EntityManager em, Instance<MeterRegistry> registry) {
        this.em = em;
        this.registry = registry;
    }

    void register(@Observes StartupEvent start) {
        if (registry.isResolvable()) {
            Gauge.builder("tusoi.dead.letters.waiting", waiting, AtomicLong::get)
                    .description("Consumed records set aside and not yet re-driven").register(registry.get());
        }
    }

    @Scheduled(every = "{outbox.measure-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        QuarkusTransaction.requiringNew().run(() -> waiting.set(((Number) em
                .createNativeQuery("SELECT count(*) FROM dead_letter WHERE status = 'DEAD'").getSingleResult())
                .longValue()));
    }
}
