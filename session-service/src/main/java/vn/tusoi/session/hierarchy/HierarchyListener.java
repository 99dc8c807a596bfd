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
import vn.tusoi.platform.deadletter.UnusableEvent;
import vn.tusoi.platform.tracing.BatchSpans;
import vn.tusoi.session.events.MemberChanged;
import vn.tusoi.session.events.UnitChanged;

/**
 * Keeps the local copies of the hierarchy and of the members from organization-service's unit and member events, a
 * batch at a time (each copy newest version first, so a batch applied twice changes nothing). An event that cannot
 * be read or breaks its contract is set aside as a dead letter; the others are applied.
 */
@ApplicationScoped
public class HierarchyListener implements DeadLetterHandler {

    public static final String CHANNEL = "hierarchy";
    static final String UNIT_CHANGED = "vn.tusoi.org.unit.changed";
    static final String MEMBER_CHANGED = "vn.tusoi.org.member.changed";
    static final String UNITS_TOPIC = "org.units";
    static final String MEMBERS_TOPIC = "org.members";

    private record Read(ConsumedRecord origin, Object event) {
    }

    private final UnitDirectory units;
    private final MemberDirectory members;
    private final EventEnvelope envelopes;
    private final PoisonIsolation isolation;
    private final BatchSpans spans;

    public HierarchyListener(UnitDirectory units, MemberDirectory members, ObjectMapper objectMapper,
            Validator validator, PoisonIsolation isolation, BatchSpans spans) {
        this.spans = spans;
        this.units = units;
        this.members = members;
        this.envelopes = new EventEnvelope(objectMapper, validator);
        this.isolation = isolation;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onChanges(ConsumerRecords<String, String> consumed) {
        spans.within("apply hierarchy changes", consumed, () -> {
            isolation.readAndApply(ConsumedRecord.of(consumed), record -> {
                Object event = read(record);
                return event == null ? null : new Read(record, event);
            }, Read::origin, part -> apply(part.stream().map(Read::event).toList()));
            return null;
        });
    }

    /** A re-drive: the record alone, and any failure is the caller's. */
    @Override
    public void apply(ConsumedRecord record) {
        Object event = read(record);
        if (event != null) {
            apply(List.of(event));
        }
    }

    @Override
    public String keyOf(ConsumedRecord record) {
        Object event = read(record);
        if (event instanceof UnitChanged unit && record.topic().equals(UNITS_TOPIC)) {
            return unit.code();
        }
        if (event instanceof MemberChanged member && record.topic().equals(MEMBERS_TOPIC)) {
            return member.registryNo();
        }
        throw new UnusableEvent("not an event this service reads on " + record.topic());
    }

    private void apply(List<Object> events) {
        List<UnitChanged> unitEvents = events.stream().filter(UnitChanged.class::isInstance)
                .map(UnitChanged.class::cast).toList();
        List<MemberChanged> memberEvents = events.stream().filter(MemberChanged.class::isInstance)
                .map(MemberChanged.class::cast).toList();
        if (!unitEvents.isEmpty()) {
            units.apply(unitEvents);
        }
        if (!memberEvents.isEmpty()) {
            members.apply(memberEvents);
        }
    }

    /** The unit or member event, or null for another type. */
    private Object read(ConsumedRecord record) {
        JsonNode envelope = envelopes.envelope(record);
        return switch (envelope.path("type").asText()) {
            case UNIT_CHANGED -> envelopes.data(envelope, UnitChanged.class);
            case MEMBER_CHANGED -> envelopes.data(envelope, MemberChanged.class);
            default -> null;
        };
    }
}
