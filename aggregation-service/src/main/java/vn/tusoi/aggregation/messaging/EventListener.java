package vn.tusoi.aggregation.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;

import vn.tusoi.aggregation.event.ActionChanged;
import vn.tusoi.aggregation.event.CampaignChanged;
import vn.tusoi.aggregation.event.ClassificationChanged;
import vn.tusoi.aggregation.event.EventBatch;
import vn.tusoi.aggregation.event.IndicatorsChanged;
import vn.tusoi.aggregation.event.SelfReviewChanged;
import vn.tusoi.aggregation.event.SessionChanged;
import vn.tusoi.aggregation.event.ShortcomingChanged;
import vn.tusoi.aggregation.event.UnitChanged;
import vn.tusoi.aggregation.service.RollupEngine;

/**
 * Consumes the unit, campaign and session topics in batches; each batch is applied in one transaction, and its
 * offsets are committed only after that transaction, so a crash replays it (and the versions make that harmless).
 */
@ApplicationScoped
public class EventListener {

    public static final String CHANNEL = "events";
    static final int ATTEMPTS = 3;

    private final RollupEngine engine;
    private final ObjectMapper objectMapper;
    private final Timer freshness;

    public EventListener(RollupEngine engine, ObjectMapper objectMapper, MeterRegistry registry) {
        this.engine = engine;
        this.objectMapper = objectMapper;
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
            try {
                read(cloudEvent, batch, times);
            } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
                Log.warnf("skipped an unreadable event: %s", e.getMessage());
            }
        }
        if (batch.size() > 0) {
            applyWithRetries(batch);
            Instant applied = Instant.now();
            times.forEach(time -> freshness.record(Duration.between(time, applied)));
        }
    }

    /**
     * A failed transaction (a deadlock, a lost connection) is retried a few times; if it keeps failing the consumer
     * stops, its readiness check goes down, and the batch is consumed again after a restart.
     */
    private void applyWithRetries(EventBatch batch) {
        for (int attempt = 1;; attempt++) {
            try {
                engine.apply(batch);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Log.warnf("applying a batch of %d events failed (attempt %d of %d): %s", batch.size(), attempt,
                        ATTEMPTS, e.getMessage());
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void read(String cloudEvent, EventBatch batch, List<Instant> times) throws JsonProcessingException {
        JsonNode envelope = objectMapper.readTree(cloudEvent);
        if (envelope.hasNonNull("time")) {
            times.add(OffsetDateTime.parse(envelope.get("time").asText()).toInstant());
        }
        JsonNode data = envelope.get("data");
        switch (envelope.path("type").asText()) {
            case UnitChanged.TYPE -> batch.units().add(objectMapper.treeToValue(data, UnitChanged.class));
            case CampaignChanged.TYPE -> batch.campaigns().add(objectMapper.treeToValue(data, CampaignChanged.class));
            case SessionChanged.TYPE -> batch.sessions().add(objectMapper.treeToValue(data, SessionChanged.class));
            case IndicatorsChanged.TYPE ->
                batch.indicators().add(objectMapper.treeToValue(data, IndicatorsChanged.class));
            case ClassificationChanged.TYPE ->
                batch.classifications().add(objectMapper.treeToValue(data, ClassificationChanged.class));
            case ActionChanged.TYPE -> batch.actions().add(objectMapper.treeToValue(data, ActionChanged.class));
            case ShortcomingChanged.TYPE ->
                batch.shortcomings().add(objectMapper.treeToValue(data, ShortcomingChanged.class));
            case SelfReviewChanged.TYPE ->
                batch.selfReviews().add(objectMapper.treeToValue(data, SelfReviewChanged.class));
            default -> Log.debugf("ignored event of type %s", envelope.path("type").asText());
        }
    }
}
