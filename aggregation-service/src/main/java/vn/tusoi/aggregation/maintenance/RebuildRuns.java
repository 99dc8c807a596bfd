package vn.tusoi.aggregation.maintenance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The latest rebuild's state in the database, so that every replica sees it and only one runs at a time. Each
 * statement commits on its own: a claim is visible to a concurrent start at once.
 */
@ApplicationScoped
public class RebuildRuns {

    /** A running rebuild whose heartbeat is older than this has lost its process, and may be started again. */
    static final String ABANDONED_AFTER = "2 minutes";

    private final EntityManager em;

    public RebuildRuns(EntityManager em) {
        this.em = em;
    }

    /** Claims the run for a new rebuild; empty when one is running. */
    public Optional<RebuildRun> claim(String requestedBy) {
        List<?> claimed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                INSERT INTO rebuild_run (id, state, requested_by, started_at, heartbeat_at)
                VALUES (1, 'RUNNING', ?1, now(), now())
                ON CONFLICT (id) DO UPDATE SET state = 'RUNNING', requested_by = EXCLUDED.requested_by,
                    started_at = now(), heartbeat_at = now(), finished_at = NULL, events = 0,
                    events_at_start = 0, error = NULL
                WHERE rebuild_run.state <> 'RUNNING'
                    OR rebuild_run.heartbeat_at < now() - interval '""" + ABANDONED_AFTER + "' RETURNING id")
                .setParameter(1, requestedBy).getResultList());
        return claimed.isEmpty() ? Optional.empty() : latest();
    }

    public void progress(long events, long eventsAtStart) {
        update("UPDATE rebuild_run SET events = ?1, events_at_start = ?2, heartbeat_at = now() WHERE id = 1",
                events, eventsAtStart);
    }

    public void finish(String state, long events, String error) {
        update("UPDATE rebuild_run SET state = ?3, events = ?1, error = ?2, finished_at = now(), heartbeat_at = now()"
                + " WHERE id = 1", events, error, state);
    }

    public Optional<RebuildRun> latest() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT state,"
                + " requested_by, started_at, finished_at, events, events_at_start, error FROM rebuild_run WHERE id = 1")
                .getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new RebuildRun((String) row[0], (String) row[1], time(row[2]), time(row[3]),
                ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), (String) row[6]));
    }

    private void update(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
