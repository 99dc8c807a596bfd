package vn.tusoi.aggregation.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;

import vn.tusoi.aggregation.event.EventBatch;
import vn.tusoi.aggregation.event.EventReader;

/**
 * Consumes the unit, campaign and session topics in batches; each batch is applied in one transaction, and its
 * offsets are committed only after that transaction, so a crash replays it (and the versions make that harmless).
 */
@ApplicationScoped
public class EventListener {

    public static final String CHANNEL = "events";

    private final EventReader reader;
    private final BatchApplier applier;
    private final Timer freshness;

    public EventListener(EventReader reader, BatchApplier applier, MeterRegistry registry) {
        this.reader = reader;
        this.applier = applier;
        // from the moment the producer recorded the change (the CloudEvent's time) to its roll-up committed
        this.freshness = Timer.builder("tusoi.rollup.freshness")
                .description("Event time to roll-up applied").publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10)).register(registry);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onEvents(List<String> cloudEvents) {
        EventBatch batch = new EventBatch();
        List<Instant> times = new ArrayList<>(cloudEvents.size());
        for (String cloudEvent : cloudEvents) {
            reader.read(cloudEvent, batch).ifPresent(times::add);
        }
        if (batch.size() > 0) {
            applier.apply(batch);
            Instant applied = Instant.now();
            times.forEach(time -> freshness.record(Duration.between(time, applied)));
        }
    }
}
