package vn.tusoi.aggregation.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import vn.tusoi.platform.deadletter.ConsumedRecord;
import vn.tusoi.platform.deadletter.EventEnvelope;

/**
 * Reads one CloudEvent from the topics the roll-ups depend on; unknown types are ignored. An event that is not JSON,
 * has no data, or lacks what the roll-ups need (its contract's required fields) is unusable: set aside, not applied.
 */
@ApplicationScoped
public class EventReader {

    private final EventEnvelope envelopes;

    public EventReader(ObjectMapper objectMapper, Validator validator) {
        this.envelopes = new EventEnvelope(objectMapper, validator);
    }

    /** The event, or null when its type is none the roll-ups read. */
    public ReadEvent read(ConsumedRecord record) {
        JsonNode envelope = envelopes.envelope(record);
        Class<?> kind = kindOf(envelope.path("type").asText());
        if (kind == null) {
            Log.debugf("ignored event of type %s", envelope.path("type").asText());
            return null;
        }
        return new ReadEvent(record, envelopes.data(envelope, kind), time(envelope));
    }

    private static Instant time(JsonNode envelope) {
        try {
            return envelope.hasNonNull("time") ? OffsetDateTime.parse(envelope.get("time").asText()).toInstant() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Class<?> kindOf(String type) {
        return switch (type) {
            case UnitChanged.TYPE -> UnitChanged.class;
            case CampaignChanged.TYPE -> CampaignChanged.class;
            case SessionChanged.TYPE -> SessionChanged.class;
            case IndicatorsChanged.TYPE -> IndicatorsChanged.class;
            case ClassificationChanged.TYPE -> ClassificationChanged.class;
            case ActionChanged.TYPE -> ActionChanged.class;
            case ShortcomingChanged.TYPE -> ShortcomingChanged.class;
            case SelfReviewChanged.TYPE -> SelfReviewChanged.class;
            case FrozenRollup.TYPE -> FrozenRollup.class;
            default -> null;
        };
    }
}
