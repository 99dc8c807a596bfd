package vn.tusoi.platform.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import vn.tusoi.platform.SharedPostgres;

/** Retention on a real PostgreSQL with the platform's migrations: what expires goes, the rest cannot be removed. */
class RetentionTest {

    private static DataSource database;

    @BeforeAll
    static void start() throws Exception {
        database = SharedPostgres.newDatabase("retention");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String migration : new String[]{"V1000__audit_and_idempotency.sql", "V1001__dead_letters.sql",
                    "V1002__outbox.sql", "V1003__retention.sql"}) {
                try (InputStream in = RetentionTest.class.getResourceAsStream("/db/platform/" + migration)) {
                    statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void aRoundForgetsWhatExpiredAndKeepsTheRest() throws SQLException {
        execute("INSERT INTO audit_entry (at, actor, action, record_type, record_key) VALUES"
                + " (now() - interval '3 years', 'a', 'CREATE', 'Old', '1'),"
                + " (now() - interval '10 days', 'a', 'CREATE', 'Recent', '2')");
        execute("INSERT INTO dead_letter (topic, partition, record_offset, reason, status, redriven_at) VALUES"
                + " ('t', 0, 1, 'x', 'REDRIVEN', now() - interval '100 days'),"
                + " ('t', 0, 2, 'x', 'REDRIVEN', now() - interval '10 days'),"
                + " ('t', 0, 3, 'x', 'DEAD', NULL)");
        execute("UPDATE dead_letter SET recorded_at = now() - interval '2 years'");
        execute("INSERT INTO idempotency_key (caller, key, fingerprint, created_at) VALUES"
                + " ('c', 'old', 'f', now() - interval '25 hours'), ('c', 'new', 'f', now())");

        Retention.Round round = retention(Duration.ofDays(730)).run(Instant.now());

        assertEquals(new Retention.Round(true, 1, 1, 1), round);
        assertEquals("Recent", single("SELECT string_agg(record_type, ',') FROM audit_entry"));
        assertEquals("2,3", single("SELECT string_agg(record_offset::text, ',' ORDER BY record_offset)"
                + " FROM dead_letter"));
        assertEquals("new", single("SELECT string_agg(key, ',') FROM idempotency_key"));
        assertEquals(new Retention.Round(true, 0, 0, 0), retention(Duration.ofDays(730)).run(Instant.now()));
    }

    @Test
    void theAuditLogRefusesTruncateAndAnyDeleteOfAnEntryYoungerThanAYear() throws SQLException {
        execute("INSERT INTO audit_entry (at, actor, action, record_type, record_key) VALUES"
                + " (now() - interval '200 days', 'b', 'CREATE', 'Young', '1')");
        assertRefused("TRUNCATE audit_entry");
        assertRefused("DELETE FROM audit_entry WHERE actor = 'b'");
        // a transaction that claims retention as of yesterday is still refused: a year is the floor
        assertRefused("BEGIN; SELECT set_config('tusoi.audit_retention_before', now()::text, true);"
                + " DELETE FROM audit_entry WHERE actor = 'b'; COMMIT");
        assertRefused("UPDATE audit_entry SET actor = 'c' WHERE actor = 'b'");
        assertEquals("1", single("SELECT count(*) FROM audit_entry WHERE actor = 'b'"));
        assertThrows(IllegalArgumentException.class, () -> retention(Duration.ofDays(30)));
    }

    @Test
    void oneReplicaRunsARoundWhileAnotherHoldsIt() throws SQLException {
        try (Connection other = database.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("SELECT pg_advisory_xact_lock(" + Retention.LOCK + ")");
            assertFalse(retention(Duration.ofDays(730)).run(Instant.now()).ran());
            other.rollback();
        }
        assertTrue(retention(Duration.ofDays(730)).run(Instant.now()).ran());
    }

    private static Retention retention(Duration auditLog) {
        return new Retention(database, auditLog, Duration.ofDays(90), Duration.ofHours(24));
    }

    private static void assertRefused(String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> execute(sql));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
