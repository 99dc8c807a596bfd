package vn.tusoi.aggregation.rollup;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;

import vn.tusoi.aggregation.ingest.ReadEvent;
import vn.tusoi.platform.deadletter.ConsumedRecord;
import vn.tusoi.platform.messaging.EventDelays;
import vn.tusoi.platform.tracing.BatchSpans;

/**
 * Consumes the unit, campaign and session topics in batches; each batch is applied in one transaction, and its
 * offsets are committed only after that transaction, so a crash replays it (and the versions make that harmless). The
 * batch is one span ({@link BatchSpans}), so the roll-up events it records continue the changes' traces.
 */
@ApplicationScoped
public class EventListener {

    public static final String CHANNEL = "events";

    private final BatchApplier applier;
    private final BatchSpans spans;
    private final MeterRegistry registry;
    private final Timer freshness;
    private final Timer sinceSent;
    private final Timer batches;
    private final DistributionSummary batchSizes;

    public EventListener(BatchApplier applier, BatchSpans spans, MeterRegistry registry) {
        this.applier = applier;
        this.spans = spans;
        this.registry = registry;
        this.batches = Timer.builder("tusoi.rollup.batch").description("A consumed batch applied, one transaction")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.batchSizes = DistributionSummary.builder("tusoi.rollup.batch.records")
                .description("Records in a consumed batch").publishPercentiles(0.5, 0.99).register(registry);
        // from the moment the producer recorded the change (the CloudEvent's time) to its roll-up committed
        this.freshness = EventDelays.timer(registry, "tusoi.rollup.freshness", "Event time to roll-up applied");
        // its second leg, from the relay's send (the record's timestamp, as its producer set it) to the roll-up
        // committed: freshness less this is the producer's transaction and its outbox's wait
        this.sinceSent = EventDelays.timer(registry, "tusoi.rollup.since.sent",
                "A record's send by its producer to its batch applied");
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onEvents(ConsumerRecords<String, String> consumed) {
        long started = System.nanoTime();
        List<ReadEvent> applied = spans.within("apply events", consumed, () -> {
            List<ReadEvent> newer = applier.apply(ConsumedRecord.of(consumed));
            Log.debugf("applied %d of %d records", newer.size(), consumed.count());
            return newer;
        });
        batches.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        batchSizes.record(consumed.count());
        Instant now = Instant.now();
        for (ConsumerRecord<String, String> record : consumed) {
            if (record.timestampType() == TimestampType.CREATE_TIME) {
                sinceSent.record(Math.max(0, now.toEpochMilli() - record.timestamp()), TimeUnit.MILLISECONDS);
            }
        }
        Map<String, Long> byTopic = new HashMap<>();
        for (ReadEvent event : applied) {
            byTopic.merge(event.origin().topic(), 1L, Long::sum);
            if (event.time() != null) {
                freshness.record(Duration.between(event.time(), now));
            }
        }
        byTopic.forEach((topic, events) -> Counter.builder("tusoi.events.applied").tag("topic", topic)
                .description("Events applied to the roll-ups (newer than the state held), by topic")
                .register(registry).increment(events));
    }
}
