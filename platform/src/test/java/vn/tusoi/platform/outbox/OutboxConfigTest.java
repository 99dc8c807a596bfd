package vn.tusoi.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import vn.tusoi.platform.messaging.BrokerConnection;

class OutboxConfigTest {

    @Test
    void theTopicsAreReadAsAListAndTheRelaysScheduleHasDefaults() {
        SmallRyeConfig config = config(Map.of("outbox.topics", "org.units,org.members"));
        OutboxConfig outbox = config.getConfigMapping(OutboxConfig.class);

        assertEquals(List.of("org.units", "org.members"), outbox.topics().orElseThrow());
        assertEquals(Duration.ofSeconds(1), outbox.pollInterval());
        assertEquals(Duration.ofSeconds(5), outbox.pollDelay());
        // the relay's schedule reads the same keys, defaults included
        assertEquals("1s", config.getValue("outbox.poll-interval", String.class));
        // the local stack's topics: created, 3 partitions, one replica
        assertTrue(outbox.topicCreation().enabled());
        assertEquals(3, outbox.topicCreation().partitions());
        assertEquals(1, outbox.topicCreation().replicationFactor());
    }

    @Test
    void aClusterSizesTheTopicsOrLeavesThemToTheTopicOperator() {
        OutboxConfig cluster = config(Map.of("outbox.topics", "rollup", "outbox.topic-creation.partitions", "12",
                "outbox.topic-creation.replication-factor", "3", "outbox.topic-creation.min-insync-replicas", "2"))
                .getConfigMapping(OutboxConfig.class);
        var topic = new TopicSetup(new BrokerConnection(Map.of("bootstrap.servers", "localhost:9092")), cluster)
                .newTopic("rollup");
        assertEquals(12, topic.numPartitions());
        assertEquals(3, topic.replicationFactor());
        assertEquals(Map.of("cleanup.policy", "compact", "min.insync.replicas", "2"), topic.configs());

        OutboxConfig strimzi = config(Map.of("outbox.topic-creation.enabled", "false"))
                .getConfigMapping(OutboxConfig.class);
        assertFalse(strimzi.topicCreation().enabled());
    }

    @Test
    void aServiceThatPublishesNothingHasNoTopics() {
        assertTrue(config(Map.of()).getConfigMapping(OutboxConfig.class).topics().isEmpty());
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        // as in a service: Quarkus reads durations such as "1s"
        return new SmallRyeConfigBuilder().withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(OutboxConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }
}
