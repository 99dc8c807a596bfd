package vn.tusoi.platform.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an event in the caller's transaction, as a CloudEvent (structured JSON); {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

    /** Fired for each recorded event; observed after commit to wake the relay. */
    public record Written() {
    }

    private static final Written WRITTEN = new Written();

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Event<Written> written;
    private final TransactionSynchronizationRegistry transaction;
    private final String source;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, Event<Written> written,
            TransactionSynchronizationRegistry transaction,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.source = "/" + applicationName;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.written = written;
        this.transaction = transaction;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String topic, String key, String type, Object data) {
        Map<String, Object> cloudEvent = new LinkedHashMap<>();
        cloudEvent.put("specversion", "1.0");
        cloudEvent.put("id", UUID.randomUUID().toString());
        cloudEvent.put("source", source);
        cloudEvent.put("type", type);
        cloudEvent.put("subject", key);
        cloudEvent.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        cloudEvent.put("datacontenttype", "application/json");
        cloudEvent.put("data", data);
        OutboxEvent event = new OutboxEvent();
        event.topic = topic;
        event.messageKey = key;
        try {
            event.cloudEvent = objectMapper.writeValueAsString(cloudEvent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event of type " + type + " cannot be serialised", e);
        }
        entityManager.persist(event);
        written();
    }

    /**
     * Wakes the relay once the caller's transaction commits: for events the caller wrote into {@code outbox_event}
     * with a statement of its own (many at once, each a CloudEvent like {@link #record}'s).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void written() {
        // one wake-up per transaction, however many events it records
        if (transaction.getResource(Written.class) == null) {
            transaction.putResource(Written.class, WRITTEN);
            written.fire(WRITTEN);
        }
    }
}
