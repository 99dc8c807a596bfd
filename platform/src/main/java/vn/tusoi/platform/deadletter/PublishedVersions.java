package vn.tusoi.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.platform.messaging.BrokerConnection;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * The versions an owner has published of a record: the {@code data.version} every state event of the suite carries,
 * read from a payload, or the newest one on the owner's topic for a key (the key's partition, read from its start:
 * the owner's producer places a key by the murmur2 hash of its bytes, as Kafka's default partitioner does).
 */
@ApplicationScoped
public class PublishedVersions {

    private static final Duration READ_FOR = Duration.ofSeconds(30);

    private final ObjectMapper json;
    private final BrokerConnection broker;

    public PublishedVersions(ObjectMapper json, BrokerConnection broker) {
        this.json = json;
        this.broker = broker;
    }

    /** The version the payload carries, if it is readable and carries one. */
    public OptionalLong of(String payload) {
        try {
            JsonNode version = payload == null ? null : json.readTree(payload).at("/data/version");
            return version != null && version.canConvertToLong()
                    ? OptionalLong.of(version.asLong())
                    : OptionalLong.empty();
        } catch (JsonProcessingException e) {
            return OptionalLong.empty();
        }
    }

    /** The newest readable version of the key on the topic; empty when the owner has published none. */
    public OptionalLong newest(String topic, String key) {
        Map<String, Object> config = broker.clientConfig();
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-owner-version");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic);
            if (partitions == null || partitions.isEmpty()) {
                return OptionalLong.empty();
            }
            TopicPartition partition = new TopicPartition(topic, Utils.toPositive(Utils.murmur2(
                    key.getBytes(StandardCharsets.UTF_8))) % partitions.size());
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + READ_FOR.toNanos();
            OptionalLong newest = OptionalLong.empty();
            while (consumer.position(partition) < end) {
                if (System.nanoTime() > deadline) {
                    throw RuleViolation.unavailable("payload", "the owner's topic " + topic
                            + " could not be read in time to check the correction's version: retry", 5);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    OptionalLong version = key.equals(record.key()) ? of(record.value()) : OptionalLong.empty();
                    if (version.isPresent() && (newest.isEmpty() || version.getAsLong() > newest.getAsLong())) {
                        newest = version;
                    }
                }
            }
            return newest;
        }
    }
}
