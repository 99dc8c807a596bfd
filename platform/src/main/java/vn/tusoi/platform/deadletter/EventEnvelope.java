package vn.tusoi.platform.deadletter;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a consumed CloudEvent the way every consumer here does: tolerant of fields it does not know (the contracts
 * let producers add them), strict about what it needs (the consumer's event record says so with Bean Validation).
 * Anything else is an {@link UnusableEvent}, to be set aside.
 */
public final class EventEnvelope {

    private final ObjectMapper json;
    private final Validator validator;

    public EventEnvelope(ObjectMapper json, Validator validator) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
    }

    /** The envelope of the record: a JSON object. */
    public JsonNode envelope(ConsumedRecord record) {
        JsonNode envelope;
        try {
            envelope = record.value() == null ? null : json.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new UnusableEvent("not JSON: " + e.getOriginalMessage());
        }
        if (envelope == null || !envelope.isObject()) {
            throw new UnusableEvent("not a CloudEvent: " + (envelope == null ? "an empty record" : "not an object"));
        }
        return envelope;
    }

    /** The event's data as the consumer's record, meeting the record's constraints. */
    public <T> T data(JsonNode envelope, Class<T> kind) {
        JsonNode data = envelope.get("data");
        if (data == null || !data.isObject()) {
            throw new UnusableEvent("a " + envelope.path("type").asText() + " event without its data object");
        }
        T event;
        try {
            event = json.treeToValue(data, kind);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnusableEvent("data not of the " + kind.getSimpleName() + " shape: " + e.getMessage());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new UnusableEvent("breaks its contract: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining(", ")));
        }
        return event;
    }
}
