package vn.tusoi.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;

import vn.tusoi.platform.messaging.EventDelays;

/**
 * What the relay did, where the service keeps a registry: {@code tusoi_outbox_sent_total} per topic (the rows the
 * broker took), {@code tusoi_outbox_wait_seconds} (from the transaction that wrote a row to the broker's
 * acknowledgement of its record: the first leg of a roll-up's freshness), {@code tusoi_outbox_batch_rows} (rows per
 * relay run) and {@code tusoi_outbox_send_failures_total} (relay runs that failed: the batch is sent again).
 */
@ApplicationScoped
public class OutboxMeter {

    private final Instance<MeterRegistry> registry;

    public OutboxMeter(Instance<MeterRegistry> registry) {
        this.registry = registry;
    }

    /** Registered at start, so that an alert on the failures reads 0 rather than nothing before the first one. */
    void register(@Observes StartupEvent start) {
        if (registry.isResolvable()) {
            failures(registry.get());
        }
    }

    void sent(List<OutboxEvent> events) {
        if (registry.isResolvable() && !events.isEmpty()) {
            Map<String, Long> byTopic = events.stream()
                    .collect(Collectors.groupingBy(OutboxEvent::topic, Collectors.counting()));
            byTopic.forEach((topic, rows) -> Counter.builder("tusoi.outbox.sent").tag("topic", topic)
                    .description("Outbox rows the broker took").register(registry.get()).increment(rows));
            Timer waits = EventDelays.timer(registry.get(), "tusoi.outbox.wait",
                    "From the transaction that wrote an outbox row to the broker's acknowledgement");
            Instant acknowledged = Instant.now();
            events.forEach(event -> waits.record(Duration.between(event.createdAt(), acknowledged)));
        }
    }

    void batch(int rows) {
        if (registry.isResolvable()) {
            DistributionSummary.builder("tusoi.outbox.batch.rows")
                    .description("Rows one relay run read from the outbox and sent together")
                    .register(registry.get()).record(rows);
        }
    }

    void failed() {
        if (registry.isResolvable()) {
            failures(registry.get()).increment();
        }
    }

    private static Counter failures(MeterRegistry meters) {
        return Counter.builder("tusoi.outbox.send.failures")
                .description("Relay runs that failed, the broker or the database (the batch is sent again, in order)")
                .register(meters);
    }
}
