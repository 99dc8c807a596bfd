package vn.tusoi.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/** A real single-node KRaft broker inside the JVM, for tests; it can be stopped and started again on its port. */
public final class KafkaServer implements AutoCloseable {

    private EmbeddedKafkaBroker broker;
    private final int port;
    private final int controllerPort;
    private final String clusterId;
    private final List<String> logDirs;

    private KafkaServer(int port, int controllerPort) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.broker = configured(new EmbeddedKafkaBroker(), null).withKafkaPort(port).withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(false).start();
        this.clusterId = broker.getClusterId();
        this.logDirs = broker.getLogDirs();
    }

    public static KafkaServer start() {
        return new KafkaServer(Ports.free(), Ports.free());
    }

    private static EmbeddedKafkaBroker configured(EmbeddedKafkaBroker broker, List<String> logDirs) {
        return broker.withAdditionalProperties(p -> {
            p.put("num.partitions", "3");
            p.put("auto.create.topics.enable", "true");
            p.put("group.initial.rebalance.delay.ms", "0");
            if (logDirs != null) {
                p.put("log.dirs", String.join(",", logDirs));
            }
        });
    }

    public String bootstrapServers() {
        return broker.getAdvertisedListeners();
    }

    /** Stops the broker as an outage would, keeping its data; {@link #restart()} brings it back on the same port. */
    public synchronized void stop() {
        broker.close();
    }

    public synchronized void restart() {
        broker = configured(new EmbeddedKafkaBroker(), logDirs).withKafkaPort(port).withControllerPort(controllerPort)
                .withClusterId(clusterId).withDeleteLogDirsOnClose(false).start();
    }

    @Override
    public synchronized void close() {
        broker.close();
        for (String dir : logDirs) {
            deleteTree(Path.of(dir));
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("could not delete " + dir, e);
        }
    }
}
