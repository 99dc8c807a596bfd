package vn.tusoi.stack;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/** A real single-node KRaft broker inside the JVM, for tests. */
public final class KafkaServer implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;

    private KafkaServer(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    public static KafkaServer start() {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(p -> {
                    p.put("num.partitions", "3");
                    p.put("auto.create.topics.enable", "true");
                    p.put("group.initial.rebalance.delay.ms", "0");
                })
                .start();
        return new KafkaServer(broker);
    }

    public String bootstrapServers() {
        return broker.getAdvertisedListeners();
    }

    @Override
    public void close() {
        broker.close();
    }
}
