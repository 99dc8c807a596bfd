package vn.tusoi.platform.deadletter;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import javax.sql.DataSource;

/**
 * Applies a consumed batch so that one bad event cannot stop the consumer: a batch that fails is split in halves,
 * each applied on its own, down to the single event at fault, which is set aside as a dead letter with the reason;
 * the rest is applied. A failure of the database itself (it is unreachable, shutting down, out of connections; a
 * deadlock or serialization failure) is no fault of the events: the same batch is retried until it goes through,
 * never dead-lettered.
 */
@ApplicationScoped
public class PoisonIsolation {

    static final long FIRST_BACKOFF_MILLIS = 200;
    static final long MAX_BACKOFF_MILLIS = 5_000;

    private final DeadLetters deadLetters;
    private final DataSource dataSource;

    public PoisonIsolation(DeadLetters deadLetters, DataSource dataSource) {
        this.deadLetters = deadLetters;
        this.dataSource = dataSource;
    }

    /**
     * Reads each record ({@code read} gives null for a type the consumer does not use, throws {@link UnusableEvent}
     * for one it cannot use, which is set aside), then applies the events; returns them in order.
     */
    public <T> List<T> readAndApply(List<ConsumedRecord> records, Function<ConsumedRecord, T> read,
            Function<T, ConsumedRecord> origin, Consumer<List<T>> apply) {
        List<T> events = new ArrayList<>(records.size());
        for (ConsumedRecord record : records) {
            try {
                T event = read.apply(record);
                if (event != null) {
                    events.add(event);
                }
            } catch (UnusableEvent e) {
                setAside(record, e.getMessage());
            }
        }
        apply(events, origin, apply);
        return events;
    }

    /** Applies the events with {@code apply} (one transaction per call), isolating any that cannot be applied. */
    public <T> void apply(List<T> events, Function<T, ConsumedRecord> origin, Consumer<List<T>> apply) {
        if (events.isEmpty()) {
            return;
        }
        try {
            applyThroughOutages(events, apply);
        } catch (RuntimeException e) {
            if (events.size() == 1) {
                setAside(origin.apply(events.get(0)), reason(e));
                return;
            }
            Log.infof("a batch of %d events failed (%s): applying it in halves to find the event at fault",
                    events.size(), reason(e));
            int half = events.size() / 2;
            apply(events.subList(0, half), origin, apply);
            apply(events.subList(half, events.size()), origin, apply);
        }
    }

    /** Recorded as a dead letter, through an outage too: the consumer must not lose it nor stop on it. */
    private void setAside(ConsumedRecord record, String reason) {
        applyThroughOutages(List.of(record), records -> deadLetters.record(records.get(0), reason));
    }

    private <T> void applyThroughOutages(List<T> events, Consumer<List<T>> apply) {
        long backoff = FIRST_BACKOFF_MILLIS;
        while (true) {
            try {
                apply.accept(events);
                return;
            } catch (RuntimeException e) {
                if (!isOutage(e)) {
                    throw e;
                }
                Log.warnf("applying %d events failed on the database (%s); retrying in %d ms", events.size(),
                        reason(e), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    /** A failure the database caused, not the events: worth retrying as it is. */
    boolean isOutage(Throwable failure) {
        if (failure instanceof UnusableEvent) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && isTransientState(sql.getSQLState())) {
                return true;
            }
        }
        return !databaseAnswers();
    }

    /** Connection (08), resources (53), operator intervention (57), rollback of a deadlock or serialization (40). */
    static boolean isTransientState(String sqlState) {
        return sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.startsWith("57")
                || sqlState.startsWith("40");
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String reason(Throwable failure) {
        Throwable deepest = failure;
        StringBuilder reason = new StringBuilder(String.valueOf(failure.getMessage()));
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        if (deepest != failure && deepest.getMessage() != null && !reason.toString().contains(deepest.getMessage())) {
            reason.append(": ").append(deepest.getMessage());
        }
        return reason.length() > 2_000 ? reason.substring(0, 2_000) : reason.toString();
    }
}
