package vn.tusoi.organization.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import javax.sql.DataSource;
import vn.tusoi.platform.outbox.Outbox;
import vn.tusoi.testsupport.StackTestResource;

/**
 * A transaction's events are written together before it commits: every one of them, in the order recorded (also past
 * the batch the outbox writes early), with the trace it was recorded in; none when it rolls back. The relay is kept
 * out meanwhile by holding its lock, so the rows can be read before they are sent.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class OutboxBatchTest {

    private static final long RELAY_LOCK = 0x7475736f69L;
    private static final String TOPIC = "org.units";

    @Inject
    DataSource database;

    @Inject
    Outbox outbox;

    @Inject
    Tracer tracer;

    @Test
    void aTransactionsEventsLandTogetherInTheirOrderWithTheirTraceAndNoneOnRollback() throws Exception {
        try (Connection relayKeptOut = database.getConnection(); Statement lock = relayKeptOut.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + RELAY_LOCK + ")");
            try {
                Span span = tracer.spanBuilder("outbox batch test").startSpan();
                try (Scope scope = span.makeCurrent()) {
                    QuarkusTransaction.requiringNew().run(() -> {
                        for (int i = 0; i < 2_500; i++) {
                            outbox.record(TOPIC, String.format("OB-%04d", i), "test", Map.of("n", i));
                        }
                    });
                } finally {
                    span.end();
                }
                List<String> keys = keys(lock, "OB-%");
                assertEquals(2_500, keys.size());
                List<String> sorted = new ArrayList<>(keys);
                sorted.sort(null);
                assertEquals(sorted, keys, "the rows' numbers follow the order they were recorded in");
                try (ResultSet traced = lock.executeQuery("SELECT count(DISTINCT traceparent) FROM outbox_event"
                        + " WHERE message_key LIKE 'OB-%' AND traceparent LIKE '00-" + span.getSpanContext()
                                .getTraceId()
                        + "-%'")) {
                    traced.next();
                    assertEquals(1, traced.getInt(1), "each row keeps the trace it was recorded in");
                }

                // a failure after 1,500 events, 1,000 of them already written: the transaction takes them all back
                assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                    for (int i = 0; i < 1_500; i++) {
                        outbox.record(TOPIC, String.format("OR-%04d", i), "test", Map.of("n", i));
                    }
                    throw new IllegalStateException("the change failed after its events were recorded");
                }));
                assertTrue(keys(lock, "OR-%").isEmpty(), "a rolled-back transaction leaves no event, flushed or not");
                lock.execute("DELETE FROM outbox_event WHERE message_key LIKE 'OB-%'");
            } finally {
                lock.execute("SELECT pg_advisory_unlock(" + RELAY_LOCK + ")");
            }
        }
    }

    private static List<String> keys(Statement statement, String like) throws Exception {
        List<String> keys = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT message_key FROM outbox_event WHERE message_key LIKE '" + like + "' ORDER BY seq")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }
}
