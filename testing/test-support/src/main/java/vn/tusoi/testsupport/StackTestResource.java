package vn.tusoi.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.MailServer;
import vn.tusoi.stack.PostgresServer;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL and a real Kafka broker, and a real SMTP server when the system
 * property {@code stack.mail} is true (the service that sends e-mail). They are started once per JVM and outlive
 * application restarts between test classes; they stop with the JVM.
 */
public class StackTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer postgres;
    private static KafkaServer kafka;
    private static MailServer mail;

    private static synchronized void startOnce() {
        if (postgres == null) {
            postgres = PostgresServer.startTemporary();
            kafka = KafkaServer.start();
            if (Boolean.getBoolean("stack.mail")) {
                mail = MailServer.start(java.nio.file.Path.of("target"));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (mail != null) {
                    mail.close();
                }
                kafka.close();
                postgres.close();
            }));
        }
    }

    /** The SMTP server, when {@code stack.mail} is set. */
    public static MailServer mail() {
        startOnce();
        if (mail == null) {
            throw new IllegalStateException("no SMTP server: set the system property stack.mail=true");
        }
        return mail;
    }

    /** The JDBC URL of another database on the tests' PostgreSQL, created if absent. */
    public static String database(String name) {
        startOnce();
        return postgres.ensureDatabase(name);
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
        if (mail != null) {
            config.put("quarkus.mailer.host", mail.host());
            config.put("quarkus.mailer.port", String.valueOf(mail.smtpPort()));
        }
        return config;
    }

    @Override
    public void stop() {
        // shared for the whole JVM: stopped by the shutdown hook
    }
}
