package vn.tusoi.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * Makes two (or more) writers race for real: the tables they write are locked in SHARE mode, which lets them read
 * but not write; the requests are sent at once, and the lock is released only when every one of them is waiting to
 * write. So each read what the others had not yet changed, and the database decides who wins.
 */
public final class WriteRace {

    private WriteRace() {
    }

    /** The results of the requests, in their order, once they have all read before any wrote. */
    public static <T> List<T> run(DataSource database, List<String> tables, List<Callable<T>> requests)
            throws Exception {
        return run(database, tables, requests, () -> {
        });
    }

    /** As {@link #run(DataSource, List, List)}, doing {@code meanwhile} while every request waits to write. */
    public static <T> List<T> run(DataSource database, List<String> tables, List<Callable<T>> requests,
            Runnable meanwhile) throws Exception {
        return run(database, "SHARE", tables, requests, meanwhile);
    }

    /**
     * As {@link #run(DataSource, List, List)} for writers that lock their row before they read it ({@code SELECT ...
     * FOR UPDATE}): the tables are held in EXCLUSIVE mode, so every request waits at that lock, and the database
     * then takes them one after the other.
     */
    public static <T> List<T> runLockingRows(DataSource database, List<String> tables, List<Callable<T>> requests)
            throws Exception {
        return run(database, "EXCLUSIVE", tables, requests, () -> {
        });
    }

    private static <T> List<T> run(DataSource database, String mode, List<String> tables, List<Callable<T>> requests,
            Runnable meanwhile) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(requests.size());
        try (Connection gate = database.getConnection()) {
            gate.setAutoCommit(false);
            try (Statement lock = gate.createStatement()) {
                lock.execute("LOCK TABLE " + String.join(", ", tables) + " IN " + mode + " MODE");
            }
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> request : requests) {
                results.add(clients.submit(request));
            }
            awaitWaiting(database, gate, requests.size(), results);
            meanwhile.run();
            gate.commit();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            clients.shutdownNow();
        }
    }

    private static <T> void awaitWaiting(DataSource database, Connection gate, int writers, List<Future<T>> results)
            throws SQLException, InterruptedException {
        int gatePid;
        try (Statement statement = gate.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            gatePid = row.getInt(1);
        }
        long deadline = System.currentTimeMillis() + 20_000;
        try (Connection observer = database.getConnection();
                PreparedStatement waiting = observer.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE ? = ANY(pg_blocking_pids(pid))")) {
            waiting.setInt(1, gatePid);
            while (true) {
                try (ResultSet row = waiting.executeQuery()) {
                    row.next();
                    if (row.getInt(1) >= writers) {
                        return;
                    }
                }
                if (results.stream().anyMatch(Future::isDone)) {
                    throw new AssertionError("a request finished before every writer was waiting to write: it never"
                            + " reached the write, so the race did not happen");
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("the " + writers + " requests did not all reach the write within 20 s");
                }
                Thread.sleep(5);
            }
        }
    }
}
