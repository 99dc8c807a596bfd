package vn.tusoi.aggregation.read;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import vn.tusoi.aggregation.events.RollupChanged;
import vn.tusoi.aggregation.rollup.RollupEventMapper;
import vn.tusoi.aggregation.rollup.UnitRollup;
import vn.tusoi.platform.deadletter.ConsumedRecord;
import vn.tusoi.platform.deadletter.EventEnvelope;
import vn.tusoi.platform.deadletter.UnusableEvent;

/**
 * Follows the {@code rollup} topic, where every committed roll-up is published whichever replica applied it, and
 * hands each to this replica's streams and read cache. Each replica reads it in a consumer group of its own, from
 * the end: what it needs is what is committed from now on (what was before, it reads from the database). A record it
 * cannot read is skipped: the next change of that roll-up replaces it.
 */
@ApplicationScoped
public class RollupFeed {

    public static final String CHANNEL = "rollups";
    /**
     * How late a roll-up committed by any replica may reach the streams of every replica while the broker is up:
     * the committing replica's relay is woken by the commit, the feed's consumer polls without waiting.
     */
    public static final Duration STALENESS_BOUND = Duration.ofSeconds(1);

    private final EventEnvelope envelopes;
    private final RollupEventMapper mapper;
    private final RollupStream stream;
    private final RollupCache cache;

    public RollupFeed(ObjectMapper json, Validator validator, RollupEventMapper mapper, RollupStream stream,
            RollupCache cache) {
        this.envelopes = new EventEnvelope(json, validator);
        this.mapper = mapper;
        this.stream = stream;
        this.cache = cache;
    }

    @Incoming(CHANNEL)
    public void onRollup(ConsumerRecord<String, String> record) {
        UnitRollup rollup;
        try {
            JsonNode envelope = envelopes.envelope(ConsumedRecord.of(record));
            if (!RollupChanged.TYPE.equals(envelope.path("type").asText())) {
                return;
            }
            rollup = mapper.fromEvent(envelopes.data(envelope, RollupChanged.class));
            if (rollup.campaignCode() == null || rollup.unitCode() == null) {
                throw new UnusableEvent("a roll-up without its campaign or unit");
            }
        } catch (UnusableEvent | IllegalArgumentException e) {
            Log.warnf("skipped rollup record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return;
        }
        cache.refresh(rollup);
        stream.publish(rollup);
    }
}
