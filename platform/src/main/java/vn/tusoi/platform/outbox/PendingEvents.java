package vn.tusoi.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.transaction.Synchronization;

import javax.sql.DataSource;

/**
 * The events one transaction recorded, written to {@code outbox_event} together: one batched statement (one round
 * trip) when the transaction is about to commit, or earlier once {@link #FLUSH_AT} are waiting. Each row still draws
 * its number from the sequence, in the order recorded, inside the transaction.
 */
final class PendingEvents implements Synchronization {

    static final int FLUSH_AT = 1_000;

    /** One event: its topic, key, CloudEvent and the trace it was recorded in. */
    record Row(String topic, String key, String cloudEvent, String traceparent) {
    }

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

    private void flush() {
        if (rows.isEmpty()) {
            return;
        }
        // the transaction's own connection (the pool hands the enlisted one back), so the rows commit with it
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event"
                        + " (topic, message_key, cloud_event, traceparent) VALUES (?, ?, ?, ?)")) {
            for (Row row : rows) {
                insert.setString(1, row.topic());
                insert.setString(2, row.key());
                insert.setString(3, row.cloudEvent());
                insert.setString(4, row.traceparent());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not record " + rows.size() + " events", e);
        }
        rows.clear();
    }
}
