package vn.tusoi.stack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs PostgreSQL for the local stack until the process is stopped: {@code PostgresMain <port> <dataDir> <db>...}.
 */
public final class PostgresMain {

    private PostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: PostgresMain <port> <dataDir> [database...]");
            System.exit(2);
        }
        PostgresServer server = PostgresServer.startPersistent(Integer.parseInt(args[0]), Path.of(args[1]));
        for (int i = 2; i < args.length; i++) {
            server.ensureDatabase(args[i]);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("PostgreSQL ready on port " + server.port());
        new CountDownLatch(1).await();
    }
}
