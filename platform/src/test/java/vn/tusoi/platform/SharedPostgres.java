package vn.tusoi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;

/**
 * One embedded PostgreSQL for every database test of the platform, started by the first that asks and stopped when
 * the test JVM ends; each test class works in a database of its own on it.
 */
public final class SharedPostgres {

    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    /** A new, empty database of this name (letters, digits and underscores) on the shared server. */
    public static synchronized DataSource newDatabase(String name) throws SQLException {
        if (server == null) {
            server = start();
        }
        try (Connection admin = server.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return server.getDatabase("postgres", name);
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres started = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the test JVM is ending: nothing is left to report it to
                }
            }, "shared-postgres-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
