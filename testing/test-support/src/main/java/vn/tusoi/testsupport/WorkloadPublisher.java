package vn.tusoi.testsupport;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends a {@link ReplicaWorkload} to the broker as the producers' relays would: a producer that sends events in
 * order, each call's all acknowledged when it returns; a retried send may write a record twice, which the workload's
 * versions make a replay like the others.
 */
public final class WorkloadPublisher implements AutoCloseable {

    /**
     * Creates the topics the workload writes, compacted, with this many partitions each, and waits until every
     * partition has its leader (records sent before that are refused and retried out of order).
     */
    public static void createTopics(String bootstrapServers, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(ReplicaWorkload.TOPICS.stream()
                    .map(topic -> new NewTopic(topic, partitions, (short) 1).configs(Map.of(
                            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))
                    .toList()).all()
                    .get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!everyPartitionLed(admin)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the workload's topics have no leaders after 30 s");
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Whether every partition of the workload's topics has a leader. A topic just created can still be unknown to the
     * broker that answers the description (its metadata not yet propagated): that is "not yet", not a failure.
     */
    private static boolean everyPartitionLed(Admin admin) throws Exception {
        try {
            return admin.describeTopics(ReplicaWorkload.TOPICS).allTopicNames().get(30, TimeUnit.SECONDS).values()
                    .stream()
                    .flatMap(topic -> topic.partitions().stream())
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
    }

    private final KafkaProducer<String, String> producer;

    public WorkloadPublisher(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // one request in flight keeps each key's order through retries; the embedded broker right after its
        // start refused an idempotent producer's retried batches as out of sequence, without end
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    public void send(List<ReplicaWorkload.Event> events) {
        for (ReplicaWorkload.Event event : events) {
            producer.send(new ProducerRecord<>(event.topic(), event.key(), event.value()));
        }
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
