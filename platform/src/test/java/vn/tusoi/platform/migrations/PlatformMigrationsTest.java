package vn.tusoi.platform.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tusoi.platform.SharedPostgres;

/**
 * What every service's database gets from the platform's migrations (db/platform, after the service's own): on a
 * new service's empty database they alone make the outbox; on a service's database that made its outbox first, they
 * leave it as it is.
 */
class PlatformMigrationsTest {

    private static final List<String> MIGRATIONS = List.of("V1000__audit_and_idempotency.sql",
            "V1001__dead_letters.sql", "V1002__outbox.sql", "V1003__retention.sql", "V1004__outbox_refused.sql",
            "V1005__outbox_trace_context.sql");
    private static final String OUTBOX_COLUMNS = "SELECT string_agg(column_name || ' ' || data_type, ', '"
            + " ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'outbox_event'";

    @Test
    void aNewDatabaseGetsTheOutboxAndTheSharedTablesFromThePlatformAlone() throws Exception {
        try (Connection connection = database("fresh"); Statement statement = connection.createStatement()) {
            for (String migration : MIGRATIONS) {
                statement.execute(sql(migration));
            }
            assertEquals("seq bigint, topic character varying, message_key character varying, cloud_event text,"
                    + " created_at timestamp with time zone, traceparent character varying",
                    single(statement, OUTBOX_COLUMNS));
            statement.execute("INSERT INTO outbox_event (topic, message_key, cloud_event) VALUES ('t', 'k', '{}')");
            statement.execute("INSERT INTO outbox_event (topic, message_key, cloud_event) VALUES ('t', 'k', '{}')");
            // one number per event, in order
            assertEquals("1,2", single(statement, "SELECT string_agg(seq::text, ',' ORDER BY seq) FROM outbox_event"));
            assertEquals("3", single(statement, "SELECT count(*) FROM information_schema.tables WHERE table_name IN"
                    + " ('audit_entry', 'idempotency_key', 'dead_letter')"));
        }
    }

    @Test
    void aServiceThatMadeItsOutboxFirstKeepsItAndItsEvents() throws Exception {
        try (Connection connection = database("existing"); Statement statement = connection.createStatement()) {
            // as organization-service's V1 made it, with an event waiting
            statement.execute("""
                    CREATE TABLE outbox_event (
                        seq         bigserial PRIMARY KEY,
                        topic       varchar(100) NOT NULL,
                        message_key varchar(200) NOT NULL,
                        cloud_event text         NOT NULL,
                        created_at  timestamptz  NOT NULL DEFAULT now()
                    )""");
            statement.execute("INSERT INTO outbox_event (topic, message_key, cloud_event) VALUES ('org.units', 'HT',"
                    + " '{}')");
            String before = single(statement, OUTBOX_COLUMNS);
            for (String migration : MIGRATIONS) {
                statement.execute(sql(migration));
            }
            // the trace context beside each row is the one column the platform adds
            assertEquals(before + ", traceparent character varying", single(statement, OUTBOX_COLUMNS));
            assertEquals("org.units|HT", single(statement, "SELECT topic || '|' || message_key FROM outbox_event"));
        }
    }

    private static Connection database(String name) throws SQLException {
        return SharedPostgres.newDatabase("migrations_" + name).getConnection();
    }

    private static String sql(String migration) throws IOException {
        try (InputStream in = PlatformMigrationsTest.class.getResourceAsStream("/db/platform/" + migration)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
