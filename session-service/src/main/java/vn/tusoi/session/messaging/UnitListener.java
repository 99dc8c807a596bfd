package vn.tusoi.session.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;

import vn.tusoi.session.event.UnitChanged;
import vn.tusoi.session.service.UnitDirectory;

/** Keeps the local copy of the hierarchy from organization-service's unit events, a batch per transaction. */
@ApplicationScoped
public class UnitListener {

    public static final String CHANNEL = "units";
    static final String UNIT_CHANGED = "vn.tusoi.org.unit.changed";

    private final UnitDirectory directory;
    private final ObjectMapper objectMapper;

    public UnitListener(UnitDirectory directory, ObjectMapper objectMapper) {
        this.directory = directory;
        // events may carry fields this consumer does not know yet: the contracts let producers add them
        this.objectMapper = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onUnits(List<String> cloudEvents) {
        List<UnitChanged> events = new ArrayList<>(cloudEvents.size());
        for (String cloudEvent : cloudEvents) {
            try {
                JsonNode envelope = objectMapper.readTree(cloudEvent);
                if (UNIT_CHANGED.equals(envelope.path("type").asText())) {
                    events.add(objectMapper.treeToValue(envelope.get("data"), UnitChanged.class));
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                Log.warnf("skipped an unreadable unit event: %s", e.getMessage());
            }
        }
        directory.apply(events);
    }
}
