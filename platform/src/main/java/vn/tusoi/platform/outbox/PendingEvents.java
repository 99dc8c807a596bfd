package vn.tusoi.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.transaction.Synchronization;

import javax.sql.DataSource;

/**
 * The events one transaction recorded, written to {@code outbox_event} together: one statement over all of them
 * (their columns as arrays, inserted by the server as one set) when the transaction is about to commit, or earlier
 * once {@link #FLUSH_AT} are waiting. Each row still draws its number from the sequence, in the order recorded,
 * inside the transaction.
 */
final class PendingEvents implements Synchronization {

    static final int FLUSH_AT = 1_000;

    /** One event: its topic, key, CloudEvent and the trace it was recorded in. */
    record Row(String topic, String key, String cloudEvent, String traceparent) {
    }

    /** The rows in the order recorded: each draws its number from the sequence in that order. */
    private static final String INSERT = "INSERT INTO outbox_event (topic, message_key, cloud_event, traceparent)"
            + " SELECT r.topic, r.message_key, r.cloud_event, r.traceparent"
            + " FROM unnest(?::varchar[], ?::varchar[], ?::text[], ?::varchar[]) WITH ORDINALITY"
            + " AS r(topic, message_key, cloud_event, traceparent, position) ORDER BY r.position";

    private final DataSource dataSource;
    private final List<Row> rows = new ArrayList<>();

    PendingEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void add(Row row) {
        rows.add(row);
        if (rows.size() >= FLUSH_AT) {
            flush();
        }
    }

    @Override
    public void beforeCompletion() {
        flush();
    }

    @Override
    public void afterCompletion(int status) {
        rows.clear();
    }

    /** Writes the events waiting, now. */
    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        // the transaction's own connection (the pool hands the enlisted one back), so the rows commit with it
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setArray(1, connection.createArrayOf("varchar", rows.stream().map(Row::topic).toArray()));
            insert.setArray(2, connection.createArrayOf("varchar", rows.stream().map(Row::key).toArray()));
            insert.setArray(3, connection.createArrayOf("text", rows.stream().map(Row::cloudEvent).toArray()));
            insert.setArray(4, connection.createArrayOf("varchar", rows.stream().map(Row::traceparent).toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not record " + rows.size() + " events", e);
        }
        rows.clear();
    }
}
