package vn.tusoi.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka in {@code seq} order and deletes them once the broker has acknowledged them. One
 * relay runs at a time across replicas (an advisory lock), so events of one entity keep their order. A crash between
 * the acknowledgement and the delete publishes a row again: consumers ignore what they have applied.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";
    static final int BATCH_SIZE = 500;
    private static final long RELAY_LOCK = 0x7475736f69L;
    private static final byte[] CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8"
            .getBytes(StandardCharsets.UTF_8);

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-sender"));
    private final AtomicBoolean queued = new AtomicBoolean();

    public OutboxRelay(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2
            * BATCH_SIZE) MutinyEmitter<String> emitter, EntityManager entityManager) {
        this.emitter = emitter;
        this.entityManager = entityManager;
    }

    /** Relays right after a transaction that wrote to the outbox commits. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        wake();
    }

    /**
     * Catches what no commit in this process announced: rows left by a crash or written by another replica. The first
     * run waits until the messaging channels are wired at start-up.
     */
    @Scheduled(every = "{outbox.poll-interval}", delayed = "{outbox.poll-delay}")
    void poll() {
        wake();
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
        sender.shutdown();
    }

    /** Runs the relay on its single thread, at most once queued: wake-ups during a run coalesce into one more. */
    private void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    relayPending();
                } catch (RuntimeException e) {
                    Log.warnf("outbox relay failed, will retry: %s", e.getMessage());
                }
            });
        }
    }

    private void relayPending() {
        int relayed;
        do {
            relayed = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (relayed == BATCH_SIZE);
    }

    int relayBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!locked) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager
                .createNativeQuery("SELECT * FROM outbox_event ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED",
                        OutboxEvent.class)
                .setParameter(1, BATCH_SIZE).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        // sent from another thread, so that the messages do not carry this thread's transaction with them
        try {
            CompletableFuture.supplyAsync(() -> Uni.join().all(batch.stream().map(this::send).toList()).andFailFast()
                    .subscribeAsCompletionStage(), sender).thenCompose(acks -> acks).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while relaying", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge the batch", e);
        }
        // exactly the rows sent: a row that committed meanwhile with a lower seq is still to be sent
        entityManager.createQuery("DELETE FROM OutboxEvent e WHERE e.seq IN ?1")
                .setParameter(1, batch.stream().map(e -> e.seq).toList()).executeUpdate();
        return batch.size();
    }

    private Uni<Void> send(OutboxEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .withHeaders(new RecordHeaders().add("content-type", CONTENT_TYPE))
                .build();
        return emitter.sendMessage(Message.of(event.cloudEvent).addMetadata(metadata));
    }
}
