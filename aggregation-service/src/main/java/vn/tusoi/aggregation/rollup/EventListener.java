package vn.tusoi.aggregation.rollup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;

import vn.tusoi.aggregation.ingest.ReadEvent;
import vn.tusoi.platform.deadletter.ConsumedRecord;

/**
 * Consumes the unit, campaign and session topics in batches; each batch is applied in one transaction, and its
 * offsets are committed only after that transaction, so a crash replays it (and the versions make that harmless).
 */
@ApplicationScoped
public class EventListener {

    public static final String CHANNEL = "events";

    private final BatchApplier applier;
    private final Timer freshness;

    public EventListener(BatchApplier applier, MeterRegistry registry) {
        this.applier = applier;
        // from the moment the producer recorded the change (the CloudEvent's time) to its roll-up committed
        this.freshness = Timer.builder("tusoi.rollup.freshness")
                .description("Event time to roll-up applied").publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10)).register(registry);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onEvents(ConsumerRecords<String, String> consumed) {
        List<ReadEvent> applied = applier.apply(ConsumedRecord.of(consumed));
        Instant now = Instant.now();
        for (ReadEvent event : applied) {
            if (event.time() != null) {
                freshness.record(Duration.between(event.time(), now));
            }
        }
    }
}
