package vn.tusoi.aggregation.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/** Reads one CloudEvent from the topics the roll-ups depend on into a batch; unknown types are ignored. */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper objectMapper;

    public EventReader(ObjectMapper objectMapper) {
        // events may carry fields this consumer does not know yet: the contracts let producers add them
        this.objectMapper = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Adds the event to the batch and returns the time its producer recorded it; skips an unreadable one. */
    public Optional<Instant> read(String cloudEvent, EventBatch batch) {
        try {
            JsonNode envelope = objectMapper.readTree(cloudEvent);
            add(envelope.path("type").asText(), envelope.get("data"), batch);
            return envelope.hasNonNull("time")
                    ? Optional.of(OffsetDateTime.parse(envelope.get("time").asText()).toInstant())
                    : Optional.empty();
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            Log.warnf("skipped an unreadable event: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private void add(String type, JsonNode data, EventBatch batch) throws JsonProcessingException {
        switch (type) {
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
            case FrozenRollup.TYPE -> batch.frozen().add(objectMapper.treeToValue(data, FrozenRollup.class));
            default -> Log.debugf("ignored event of type %s", type);
        }
    }
}
