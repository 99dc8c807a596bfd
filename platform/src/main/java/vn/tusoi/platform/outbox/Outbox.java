package vn.tusoi.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    /**
     * Records an event for each row the query selects, in one statement, after the events this transaction recorded
     * before: for many events whose data the transaction has just written (a national freeze publishes 347,345).
     * The query yields {@code key} (the record key, also the subject) and {@code data} (the event's data as JSON
     * text, taken as it is); its own parameters are {@code ?}. Keys are expected distinct: the rows are not numbered
     * in any particular order among themselves. Returns how many events it recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordSelected(String topic, String type, String select, Object... parameters) {
        pending().flush();
        // the envelope record() writes, in SQL: the strings as JSON (to_json escapes them), the data as it is
        String sql = "INSERT INTO outbox_event (topic, message_key, cloud_event, traceparent)"
                + " SELECT CAST(? AS varchar), s.key, '{\"specversion\":\"1.0\",\"id\":\"' || gen_random_uuid()"
                + " || '\",\"source\":' || to_json(CAST(? AS text)) || ',\"type\":' || to_json(CAST(? AS text))"
                + " || ',\"subject\":' || to_json(CAST(s.key AS text)) || ',\"time\":' || to_json(CAST(? AS text))"
                + " || ',\"datacontenttype\":\"application/json\",\"data\":' || s.data || '}', CAST(? AS varchar)"
                + " FROM (" + select + ") AS s";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, topic);
            insert.setString(2, source);
            insert.setString(3, type);
            insert.setString(4, OffsetDateTime.now(ZoneOffset.UTC).toString());
            insert.setString(5, TraceContext.current());
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(6 + i, parameters[i]);
            }
            int recorded = insert.executeUpdate();
            if (recorded > 0) {
                written();
            }
            return recorded;
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not record the events of type " + type, e);
        }
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
