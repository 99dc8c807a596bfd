package vn.tusoi.platform.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

import vn.tusoi.platform.messaging.BrokerConnection;

/**
 * Creates the topics this service publishes (config {@code outbox.topics}) as compacted topics, so that a consumer can
 * rebuild from them alone, with the partitions and replication of {@code outbox.topic-creation}; gives an existing
 * topic more partitions when it has fewer than configured. Does nothing where creation is switched off.
 */
@ApplicationScoped
public class TopicSetup {

    private static final int TIMEOUT_SECONDS = 30;

    private final BrokerConnection broker;
    private final List<String> topics;
    private final OutboxConfig.TopicCreation creation;

    public TopicSetup(BrokerConnection broker, OutboxConfig config) {
        this.broker = broker;
        this.topics = config.topics().orElse(List.of());
        this.creation = config.topicCreation();
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException, TimeoutException {
        if (!creation.enabled() || topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(broker.clientConfig())) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(newTopic(topic))).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    Log.infof("created topic %s with %d partitions", topic, creation.partitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic, e.getCause());
                    }
                    growIfSmaller(admin, topic);
                }
            }
        }
    }

    NewTopic newTopic(String topic) {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        creation.minInsyncReplicas()
                .ifPresent(min -> configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(min)));
        return new NewTopic(topic, creation.partitions(), creation.replicationFactor()).configs(configs);
    }

    /**
     * More partitions for a topic created smaller: keys then hash anew, so an entity's next events may land in
     * another partition than its earlier ones; every consumer keeps the newest version and ignores older ones, so
     * the order between the two partitions does not matter.
     */
    private void growIfSmaller(Admin admin, String topic)
            throws InterruptedException, TimeoutException {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic);
            int existing = description.partitions().size();
            if (existing < creation.partitions()) {
                admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(creation.partitions()))).all()
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                Log.infof("topic %s: %d partitions, was %d", topic, creation.partitions(), existing);
            }
        } catch (ExecutionException e) {
            // the topic is there (one being created at this moment may not be described yet): it serves as it is
            Log.warnf("could not check the partitions of topic %s: %s", topic, e.getCause().getMessage());
        }
    }
}
