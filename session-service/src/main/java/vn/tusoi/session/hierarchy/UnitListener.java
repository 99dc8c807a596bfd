package vn.tusoi.session.hierarchy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import vn.tusoi.platform.deadletter.ConsumedRecord;
import vn.tusoi.platform.deadletter.DeadLetterHandler;
import vn.tusoi.platform.deadletter.EventEnvelope;
import vn.tusoi.platform.deadletter.PoisonIsolation;
import vn.tusoi.session.events.UnitChanged;

/**
 * Keeps the local copy of the hierarchy from organization-service's unit events, a batch per transaction. An event
 * that cannot be read or breaks its contract is set aside as a dead letter; the others are applied.
 */
@ApplicationScoped
public class UnitListener implements DeadLetterHandler {

    public static final String CHANNEL = "units";
    static final String UNIT_CHANGED = "vn.tusoi.org.unit.changed";

    private record Read(ConsumedRecord origin, UnitChanged event) {
    }

    private final UnitDirectory directory;
    private final EventEnvelope envelopes;
    private final PoisonIsolation isolation;

    public UnitListener(UnitDirectory directory, ObjectMapper objectMapper, Validator validator,
            PoisonIsolation isolation) {
        this.directory = directory;
        this.envelopes = new EventEnvelope(objectMapper, validator);
        this.isolation = isolation;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onUnits(ConsumerRecords<String, String> consumed) {
        isolation.readAndApply(ConsumedRecord.of(consumed), record -> {
            UnitChanged event = read(record);
            return event == null ? null : new Read(record, event);
        }, Read::origin, part -> directory.apply(part.stream().map(Read::event).toList()));
    }

    /** A re-drive: the record alone, and any failure is the caller's. */
    @Override
    public void apply(ConsumedRecord record) {
        UnitChanged event = read(record);
        if (event != null) {
            directory.apply(List.of(event));
        }
    }

    /** The unit event, or null for another type. */
    private UnitChanged read(ConsumedRecord record) {
        JsonNode envelope = envelopes.envelope(record);
        return UNIT_CHANGED.equals(envelope.path("type").asText())
                ? envelopes.data(envelope, UnitChanged.class)
                : null;
    }
}
