package vn.tusoi.aggregation.messaging;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;

import vn.tusoi.aggregation.event.EventBatch;
import vn.tusoi.aggregation.event.EventReader;
import vn.tusoi.aggregation.event.FrozenRollup;
import vn.tusoi.aggregation.rest.RebuildView;
import vn.tusoi.aggregation.service.RollupEngine;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Rebuilds every roll-up from the topics alone: empties the stored states and roll-ups, then reads each topic from
 * its beginning up to where it ended when the rebuild started, through the same engine as the live consumer. The
 * frozen roll-ups first (a campaign whose topic still holds its closing is then not frozen again on the rebuilt
 * tree), the units, the campaigns, then the rest, so that each record finds what it counts in. The live consumer
 * keeps running: what it applies meanwhile is only applied earlier, and the versions make the rebuild's second
 * reading of it harmless. Reads show partial figures until the rebuild is done.
 */
@ApplicationScoped
public class Rebuild {

    private static final List<String> FIRST = List.of(FrozenRollup.TOPIC, "org.units", "session.campaigns");
    private static final int BATCH = 5_000;

    private final RollupEngine engine;
    private final EventReader reader;
    private final BatchApplier applier;
    private final String bootstrapServers;
    private final List<String> topics;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "rollup-rebuild"));
    private final AtomicLong events = new AtomicLong();
    private volatile RebuildView latest;

    public Rebuild(RollupEngine engine, EventReader reader, BatchApplier applier,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.incoming.events.topics") List<String> topics) {
        this.engine = engine;
        this.reader = reader;
        this.applier = applier;
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
    }

    /** Starts a rebuild unless one is running (409); the roll-ups are emptied before this returns. */
    public synchronized RebuildView start(String requestedBy) {
        if (latest != null && latest.running()) {
            throw new RuleViolation(409, "state", "a rebuild started at " + latest.startedAt() + " is running");
        }
        events.set(0);
        engine.clear();
        latest = new RebuildView(RebuildView.RUNNING, requestedBy, now(), null, 0, 0, null);
        worker.submit(this::run);
        return latest;
    }

    public Optional<RebuildView> latest() {
        RebuildView view = latest;
        return view == null || !view.running()
                ? Optional.ofNullable(view)
                : Optional.of(new RebuildView(view.state(), view.requestedBy(), view.startedAt(), null, events.get(),
                        view.eventsAtStart(), null));
    }

    private void run() {
        RebuildView started = latest;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(),
                new StringDeserializer())) {
            List<List<TopicPartition>> phases = phases(consumer);
            long total = 0;
            for (List<TopicPartition> phase : phases) {
                Map<TopicPartition, Long> beginning = consumer.beginningOffsets(phase);
                for (Map.Entry<TopicPartition, Long> end : consumer.endOffsets(phase).entrySet()) {
                    total += end.getValue() - beginning.get(end.getKey());
                }
            }
            latest = withTotal(started, total);
            for (List<TopicPartition> phase : phases) {
                read(consumer, phase);
            }
            latest = new RebuildView(RebuildView.DONE, started.requestedBy(), started.startedAt(), now(),
                    events.get(), total, null);
            Log.infof("rebuild done: %d events in %d s", events.get(),
                    Duration.between(started.startedAt(), latest.finishedAt()).toSeconds());
        } catch (RuntimeException e) {
            Log.error("rebuild failed", e);
            latest = new RebuildView(RebuildView.FAILED, started.requestedBy(), started.startedAt(), now(),
                    events.get(), latest.eventsAtStart(), e.getMessage());
        }
    }

    /** Reads these partitions from their beginning to where they end now, one transaction per poll. */
    private void read(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(1));
            EventBatch batch = new EventBatch();
            for (ConsumerRecord<String, String> record : records) {
                reader.read(record.value(), batch);
            }
            if (batch.size() > 0) {
                applier.apply(batch);
            }
            events.addAndGet(records.count());
        }
    }

    /** The frozen roll-ups, the units, the campaigns, then every other topic the roll-ups read. */
    private List<List<TopicPartition>> phases(KafkaConsumer<String, String> consumer) {
        List<List<String>> topicPhases = new ArrayList<>();
        FIRST.stream().filter(topics::contains).forEach(topic -> topicPhases.add(List.of(topic)));
        topicPhases.add(topics.stream().filter(topic -> !FIRST.contains(topic)).toList());
        List<List<TopicPartition>> phases = new ArrayList<>();
        for (List<String> phase : topicPhases) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : phase) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            phases.add(partitions);
        }
        return phases;
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "aggregation-rebuild");
        return config;
    }

    private static RebuildView withTotal(RebuildView view, long total) {
        return new RebuildView(view.state(), view.requestedBy(), view.startedAt(), null, 0, total, null);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
