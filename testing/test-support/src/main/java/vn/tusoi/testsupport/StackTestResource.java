package vn.tusoi.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.PostgresServer;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL and a real Kafka broker. Both are started once per JVM and outlive
 * application restarts between test classes; they stop with the JVM.
 */
public class StackTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer postgres;
    private static KafkaServer kafka;

    private static synchronized void startOnce() {
        if (postgres == null) {
            postgres = PostgresServer.startTemporary();
            kafka = KafkaServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                postgres.close();
            }));
        }
    }

    public static String bootstrapServers() {
        startOnce();
        return kafka.bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        startOnce();
        Map<String, String> config = new HashMap<>(TestTokens.oidcConfig());
        config.put("quarkus.datasource.jdbc.url", postgres.ensureDatabase("service"));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // shared for the whole JVM: stopped by the shutdown hook
    }
}
