package vn.tusoi.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

/**
 * The stored outcome of each write sent with an {@code Idempotency-Key}, per caller. Each statement commits on its
 * own: a claim is visible to a concurrent retry at once. Kept for {@code retention.idempotency-keys} (Retention).
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** A claim older than this whose request never completed (the process died) may be taken over. */
    static final String STALE_CLAIM = "5 minutes";

    public record Outcome(String fingerprint, Integer status, String contentType, String location, String body) {

        public boolean completed() {
            return status != null;
        }
    }

    private final DataSource dataSource;

    public IdempotencyKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Claims the key for this request; empty when claimed, else what is stored under it. */
    public Optional<Outcome> claim(String caller, String key, String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_key"
                    + " (caller, key, fingerprint) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, fingerprint);
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement takeOver = connection.prepareStatement("UPDATE idempotency_key"
                    + " SET fingerprint = ?, created_at = now() WHERE caller = ? AND key = ? AND status IS NULL"
                    + " AND created_at < now() - interval '" + STALE_CLAIM + "'")) {
                takeOver.setString(1, fingerprint);
                takeOver.setString(2, caller);
                takeOver.setString(3, key);
                if (takeOver.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT fingerprint, status, content_type,"
                    + " location, body FROM idempotency_key WHERE caller = ? AND key = ?")) {
                select.setString(1, caller);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        // completed and expired between the two statements: claim again
                        return claim(caller, key, fingerprint);
                    }
                    // wasNull speaks of the column read last: ask it right after the status
                    int status = row.getInt(2);
                    Integer completedWith = row.wasNull() ? null : status;
                    return Optional.of(new Outcome(row.getString(1), completedWith, row.getString(3),
                            row.getString(4), row.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim an idempotency key", e);
        }
    }

    public void complete(String caller, String key, int status, String contentType, String location, String body) {
        execute("UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, body = ?"
                + " WHERE caller = ? AND key = ?", status, contentType, location, body, caller, key);
    }

    /** Gives the key back after a server error, so that a retry runs the request again. */
    public void release(String caller, String key) {
        execute("DELETE FROM idempotency_key WHERE caller = ? AND key = ? AND status IS NULL", caller, key);
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not update an idempotency key", e);
        }
    }
}
