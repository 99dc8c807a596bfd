package vn.tusoi.platform.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import vn.tusoi.platform.tracing.TraceContext;

/**
 * Records an event in the caller's transaction, as a CloudEvent (structured JSON), with the trace it was recorded in;
 * the transaction's events are written together just before it commits ({@link PendingEvents}), and
 * {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {

    /** Fired for each recorded event; observed after commit to wake the relay. */
    public record Written() {
    }

    private static final Written WRITTEN = new Written();

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;
    private final Event<Written> written;
    private final TransactionSynchronizationRegistry transaction;
    private final String source;

    public Outbox(DataSource dataSource, ObjectMapper objectMapper, Event<Written> written,
            TransactionSynchronizationRegistry transaction,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.source = "/" + applicationName;
        this.dataSource = dataSource;
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
        String json;
        try {
            json = objectMapper.writeValueAsString(cloudEvent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event of type " + type + " cannot be serialised", e);
        }
        pending().add(new PendingEvents.Row(topic, key, json, TraceContext.current()));
    }

    /** This transaction's events, written together before it commits. */
    private PendingEvents pending() {
        PendingEvents pending = (PendingEvents) transaction.getResource(PendingEvents.class);
        if (pending == null) {
            pending = new PendingEvents(dataSource);
            transaction.putResource(PendingEvents.class, pending);
            transaction.registerInterposedSynchronization(pending);
            written();
        }
        return pending;
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
