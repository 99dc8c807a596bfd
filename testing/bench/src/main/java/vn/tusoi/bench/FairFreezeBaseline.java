package vn.tusoi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import vn.tusoi.stack.PostgresServer;

/**
 * The floor a freeze is measured against: per unit, the two rows the aggregation writes — its frozen roll-up (the
 * same JSON, as text, with its place in the tree) and its outbox event (a CloudEvent around it) — written with plain
 * JDBC batches (rewritten into multi-row inserts, as the services connect) into copies of the service's two tables,
 * with their indexes, in one transaction. The rows are the ones the service froze, read back with one query: no
 * counters, no views, no JSON written, no broker.
 */
final class FairFreezeBaseline {

    private static final int BATCH = 1_000;

    private FairFreezeBaseline() {
    }

    /** Writes the campaign's frozen rows again into copies of the tables; returns how many units. */
    static int write(String url, String campaignCode) throws Exception {
        int units = 0;
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS baseline_frozen_rollup, baseline_outbox_event");
                statement.execute("CREATE TABLE baseline_frozen_rollup (LIKE frozen_rollup INCLUDING ALL)");
                statement.execute("CREATE TABLE baseline_outbox_event (LIKE outbox_event INCLUDING ALL)");
            }
            connection.setAutoCommit(false);
            String time = OffsetDateTime.now(ZoneOffset.UTC).toString();
            try (PreparedStatement read = connection.prepareStatement("SELECT campaign_code, unit_code, parent_code,"
                    + " ancestors, frozen_at, rollup FROM frozen_rollup WHERE campaign_code = ? ORDER BY unit_code");
                    PreparedStatement frozen = connection.prepareStatement("INSERT INTO baseline_frozen_rollup"
                            + " (campaign_code, unit_code, parent_code, ancestors, frozen_at, rollup)"
                            + " VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement event = connection.prepareStatement("INSERT INTO baseline_outbox_event"
                            + " (topic, message_key, cloud_event, traceparent) VALUES ('rollup.frozen', ?, ?, ?)")) {
                read.setFetchSize(BATCH);
                read.setString(1, campaignCode);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        String key = rows.getString(1) + "|" + rows.getString(2);
                        String rollup = rows.getString(6);
                        for (int column = 1; column <= 6; column++) {
                            frozen.setObject(column, rows.getObject(column));
                        }
                        frozen.addBatch();
                        event.setString(1, key);
                        event.setString(2, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                                + "\",\"source\":\"/aggregation-service\",\"type\":\"vn.tusoi.aggregation.rollup.frozen\""
                                + ",\"subject\":\"" + key + "\",\"time\":\"" + time
                                + "\",\"datacontenttype\":\"application/json\",\"data\":" + rollup + "}");
                        event.setString(3, null);
                        event.addBatch();
                        if (++units % BATCH == 0) {
                            frozen.executeBatch();
                            event.executeBatch();
                        }
                    }
                }
                frozen.executeBatch();
                event.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE baseline_frozen_rollup, baseline_outbox_event");
            }
        }
        return units;
    }
}
