package vn.tusoi.testsupport;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far a consumer group's committed offsets are behind the ends of the topics it reads. */
public record ConsumerLag(long behind, long records) {

    /** The group's lag over the topics, and the records they hold. */
    public static ConsumerLag of(String bootstrapServers, String group, List<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS)
                    .values()) {
                topic.partitions().forEach(partition -> latest.put(new TopicPartition(topic.name(),
                        partition.partition()), OffsetSpec.latest()));
            }
            long behind = 0;
            long records = 0;
            for (var end : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                behind += end.getValue().offset() - (at == null ? 0 : at.offset());
                records += end.getValue().offset();
            }
            return new ConsumerLag(behind, records);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of group " + group, e);
        }
    }

    /** Waits until the group has committed at least this share of what the topics hold (1.0: all of it). */
    public static void await(String bootstrapServers, String group, List<String> topics, double share,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ConsumerLag lag = of(bootstrapServers, group, topics);
        while (System.nanoTime() < deadline) {
            lag = of(bootstrapServers, group, topics);
            if (lag.records > 0 && lag.records - lag.behind >= share * lag.records) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(group + " still " + lag.behind + " of " + lag.records + " records behind");
    }
}
