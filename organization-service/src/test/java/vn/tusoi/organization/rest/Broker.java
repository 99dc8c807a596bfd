package vn.tusoi.organization.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.testsupport.StackTestResource;

/** Reads what the service published, from the start of a topic. */
final class Broker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Broker() {
    }

    /** The first record with the key whose field has the value, waiting up to 20 s for it. */
    static String firstRecord(String topic, String key, String field, String value) throws Exception {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key()) && value.equals(JSON.readTree(record.value()).at(field).asText())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no record " + key + " with " + field + " = " + value + " on " + topic);
    }

    static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, StackTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
