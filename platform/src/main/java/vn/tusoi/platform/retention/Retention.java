package vn.tusoi.platform.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import javax.sql.DataSource;

/**
 * Forgets what is kept only for a while, once an hour and on one replica at a time (an advisory lock; the others
 * leave the round to its holder): audit entries older than {@code retention.audit-log} (five years by default, never
 * less than one: the database refuses to delete a younger entry), dead letters re-driven more than
 * {@code retention.dead-letters} ago (those still set aside stay until an administrator re-drives them), and
 * {@code Idempotency-Key} records older than {@code retention.idempotency-keys}. Deletes go in batches, each its
 * own transaction.
 */
@ApplicationScoped
public class Retention {

    /** What one round deleted. */
    public record Round(boolean ran, long auditEntries, long deadLetters, long idempotencyKeys) {
    }

    static final long LOCK = 0x7475736f69_0003L;
    static final Duration AUDIT_LOG_FLOOR = Duration.ofDays(366);
    private static final int BATCH = 10_000;

    private final DataSource dataSource;
    private final Duration auditLog;
    private final Duration deadLetters;
    private final Duration idempotencyKeys;

    public Retention(DataSource dataSource,
            @ConfigProperty(name = "retention.audit-log", defaultValue = "P1826D") Duration auditLog,
            @ConfigProperty(name = "retention.dead-letters", defaultValue = "P90D") Duration deadLetters,
            @ConfigProperty(name = "retention.idempotency-keys", defaultValue = "PT24H") Duration idempotencyKeys) {
        if (auditLog.compareTo(AUDIT_LOG_FLOOR) < 0) {
            throw new IllegalArgumentException("retention.audit-log must be at least " + AUDIT_LOG_FLOOR.toDays()
                    + " days (was " + auditLog.toDays() + ")");
        }
        this.dataSource = dataSource;
        this.auditLog = auditLog;
        this.deadLetters = deadLetters;
        this.idempotencyKeys = idempotencyKeys;
    }

    @Scheduled(every = "${retention.every:1h}", delayed = "2m", identity = "retention")
    void scheduled() {
        Round round = run(Instant.now());
        if (round.auditEntries() + round.deadLetters() + round.idempotencyKeys() > 0) {
            Log.infof("retention: %d audit entries, %d re-driven dead letters, %d idempotency keys forgotten",
                    round.auditEntries(), round.deadLetters(), round.idempotencyKeys());
        }
    }

    /** One round as of {@code now}; {@code ran} is false when another replica holds the round. */
    public Round run(Instant now) {
        long[] total = new long[3];
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                while (true) {
                    if (!locked(connection)) {
                        connection.rollback();
                        return new Round(false, total[0], total[1], total[2]);
                    }
                    long[] batch = deleteBatch(connection, now);
                    connection.commit();
                    for (int i = 0; i < total.length; i++) {
                        total[i] += batch[i];
                    }
                    if (Math.max(batch[0], Math.max(batch[1], batch[2])) < BATCH) {
                        return new Round(true, total[0], total[1], total[2]);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("retention could not delete expired records", e);
        }
    }

    private static boolean locked(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** One batch of each kind, in the caller's transaction. */
    private long[] deleteBatch(Connection connection, Instant now) throws SQLException {
        Timestamp auditBefore = Timestamp.from(now.minus(auditLog));
        try (PreparedStatement expired = connection.prepareStatement(
                "SELECT set_config('tusoi.audit_retention_before', ?, true)")) {
            expired.setString(1, auditBefore.toInstant().toString());
            expired.execute();
        }
        return new long[]{
                delete(connection, "DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry WHERE at < ?"
                        + " ORDER BY id LIMIT " + BATCH + ")", auditBefore),
                delete(connection, "DELETE FROM dead_letter WHERE id IN (SELECT id FROM dead_letter"
                        + " WHERE status = 'REDRIVEN' AND redriven_at < ? LIMIT " + BATCH + ")",
                        Timestamp.from(now.minus(deadLetters))),
                delete(connection, "DELETE FROM idempotency_key WHERE (caller, key) IN (SELECT caller, key FROM"
                        + " idempotency_key WHERE created_at < ? LIMIT " + BATCH + ")",
                        Timestamp.from(now.minus(idempotencyKeys)))};
    }

    private static long delete(Connection connection, String sql, Timestamp before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setTimestamp(1, before);
            return delete.executeUpdate();
        }
    }
}
