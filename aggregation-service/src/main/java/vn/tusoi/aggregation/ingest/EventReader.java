package vn.tusoi.aggregation.ingest;

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
    private final EventKinds kinds;

    public EventReader(ObjectMapper objectMapper, Validator validator, EventKinds kinds) {
        this.envelopes = new EventEnvelope(objectMapper, validator);
        this.kinds = kinds;
    }

    /** The event, or null when its type is none the roll-ups read. */
    public ReadEvent read(ConsumedRecord record) {
        JsonNode envelope = envelopes.envelope(record);
        String type = envelope.path("type").asText();
        EventKind<?> kind = kinds.ofType(type).orElse(null);
        if (kind == null) {
            Log.debugf("ignored event of type %s", type);
            return null;
        }
        return new ReadEvent(record, kind, envelopes.data(envelope, kind.record()), time(envelope));
    }

    private static Instant time(JsonNode envelope) {
        try {
            return envelope.hasNonNull("time") ? OffsetDateTime.parse(envelope.get("time").asText()).toInstant() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
