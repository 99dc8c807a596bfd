package vn.tusoi.aggregation.maintenance;

import java.time.Duration;
import java.time.Instant;
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
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;

import vn.tusoi.aggregation.ingest.EventKinds;
import vn.tusoi.aggregation.ingest.Touched;
import vn.tusoi.aggregation.rollup.BatchApplier;
import vn.tusoi.aggregation.rollup.Contribution;
import vn.tusoi.aggregation.rollup.RollupEngine;
import vn.tusoi.platform.deadletter.ConsumedRecord;
import vn.tusoi.platform.messaging.BrokerConnection;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Rebuilds every roll-up from the topics alone: empties the stored states and roll-ups, then reads each topic from
 * its beginning up to where it ended when the rebuild started, storing the latest states and gathering what they
 * touch, and counts once at the end: each contribution they touch recomputed from the stored states, a slice per
 * transaction, by the live consumer's engine (replaying every event through the counts made a unit with five events
 * recount five times). One topic after the other in the kinds' order: the frozen roll-ups first (a campaign whose
 * topic still holds its closing is then not frozen again on the rebuilt tree), the units, the campaigns, then the
 * rest. The live consumer keeps running, its batches taking turns with the rebuild's: what it counts meanwhile from
 * the states stored so far is only counted early (the count at the end starts from what it stored), and the versions
 * make the rebuild's second reading of its events harmless. Reads show partial figures until the rebuild is done. Its
 * state is in the database ({@link RebuildRuns}): one rebuild at a time across replicas.
 */
@ApplicationScoped
public class Rebuild {

    private static final int BATCH = 5_000;

    private final RollupEngine engine;
    private final BatchApplier applier;
    private final RebuildRuns runs;
    private final EventKinds kinds;
    private final BrokerConnection broker;
    private final List<String> topics;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "rollup-rebuild"));
    private final AtomicLong events = new AtomicLong();

    public Rebuild(RollupEngine engine, BatchApplier applier, RebuildRuns runs, EventKinds kinds,
            BrokerConnection broker,
            @ConfigProperty(name = "mp.messaging.incoming.events.topics") List<String> topics) {
        this.engine = engine;
        this.applier = applier;
        this.runs = runs;
        this.kinds = kinds;
        this.broker = broker;
        this.topics = topics;
    }

    /**
     * Starts a rebuild unless one is running on any replica (409); the roll-ups are emptied before this returns.
     * Its batches take turns with the live consumer's (the engine's lock), so the two never apply at once.
     */
    public RebuildRun start(String requestedBy) {
        RebuildRun started = runs.claim(requestedBy).orElseThrow(() -> new RuleViolation(409, "rebuild-running",
                "state",
                "a rebuild started at " + runs.latest().map(RebuildRun::startedAt).orElse(null) + " is running"));
        events.set(0);
        try {
            engine.clear();
        } catch (RuntimeException e) {
            runs.finish(RebuildRun.FAILED, 0, e.getMessage());
            throw e;
        }
        worker.submit(this::run);
        return started;
    }

    public Optional<RebuildRun> latest() {
        return runs.latest();
    }

    private void run() {
        Instant startedAt = Instant.now();
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
            runs.progress(0, total);
            Touched touched = new Touched();
            for (List<TopicPartition> phase : phases) {
                read(consumer, phase, total, touched);
            }
            recount(touched, total);
            runs.finish(RebuildRun.DONE, events.get(), null);
            Log.infof("rebuild done: %d events in %d s", events.get(),
                    Duration.between(startedAt, Instant.now()).toSeconds());
        } catch (RuntimeException e) {
            Log.error("rebuild failed", e);
            runs.finish(RebuildRun.FAILED, events.get(), e.getMessage());
        }
    }

    /**
     * Reads these partitions from their beginning to where they end now, one transaction per poll, storing the
     * states and gathering what they touch.
     */
    private void read(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, long total,
            Touched touched) {
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(1));
            applier.store(ConsumedRecord.of(records), touched);
            runs.progress(events.addAndGet(records.count()), total);
        }
    }

    /**
     * Counts once what every stored state touches, a slice per transaction (each one keeps the run's heartbeat),
     * then freezes the campaigns the topics closed after they were last read open.
     */
    private void recount(Touched touched, long total) {
        List<Contribution.Key> keys = engine.touchedBy(touched);
        Log.infof("rebuild: %d events stored, counting %d contributions", events.get(), keys.size());
        for (int from = 0; from < keys.size(); from += BATCH) {
            engine.recount(keys.subList(from, Math.min(keys.size(), from + BATCH)), touched.treeChanged());
            runs.progress(events.get(), total);
        }
        engine.freeze(touched.closed());
    }

    /**
     * The topics of every kind the roll-ups read, one at a time in the kinds' order, then any other the live consumer
     * reads. The kinds' topics include {@code rollup.frozen}, which the live consumer leaves alone: this service wrote
     * those rows in the transaction that recorded their events, so only a rebuild needs them back.
     */
    private List<List<TopicPartition>> phases(KafkaConsumer<String, String> consumer) {
        List<List<String>> topicPhases = new ArrayList<>();
        kinds.topics().forEach(topic -> topicPhases.add(List.of(topic)));
        List<String> others = topics.stream().filter(topic -> !kinds.topics().contains(topic)).toList();
        if (!others.isEmpty()) {
            topicPhases.add(others);
        }
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
        config.putAll(broker.clientConfig());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "aggregation-rebuild");
        return config;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
