package vn.tusoi.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import vn.tusoi.platform.messaging.BrokerConnection;

/**
 * Publishes outbox rows to Kafka in {@code seq} order and deletes them once the broker has acknowledged them. One
 * relay runs at a time across replicas (an advisory lock), so events of one entity keep their order. A crash between
 * the acknowledgement and the delete publishes a row again: consumers ignore what they have applied. A row the broker
 * refuses for good ({@link SendFailure}) is set aside with the later events of its entity ({@link OutboxRefusals}),
 * and the others go on; a refusal that may pass sends the batch again.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";
    static final int BATCH_SIZE = 500;
    static final long RELAY_LOCK = 0x7475736f69L;

    private final OutboxPublisher publisher;
    private final EntityManager entityManager;
    private final OutboxRefusals refusals;
    private final BrokerConnection broker;
    private final CoalescingRunner worker;
    private final OutboxMeter meter;

    public OutboxRelay(OutboxPublisher publisher, EntityManager entityManager, OutboxRefusals refusals,
            BrokerConnection broker, OutboxMeter meter) {
        this.meter = meter;
        this.publisher = publisher;
        this.entityManager = entityManager;
        this.refusals = refusals;
        this.broker = broker;
        this.worker = new CoalescingRunner("outbox-relay", this::relayLogged);
    }

    /** Relays right after a transaction that wrote to the outbox commits. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        worker.request();
    }

    /**
     * Catches what no commit in this process announced: rows left by a crash or written by another replica. The first
     * run waits until the messaging channels are wired at start-up.
     */
    @Scheduled(every = "{outbox.poll-interval}", delayed = "{outbox.poll-delay}")
    void poll() {
        worker.request();
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }

    private void relayLogged() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            meter.failed();
            Log.warnf("outbox relay failed, will retry: %s", e.getMessage());
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
        List<OutboxEvent> batch = ((List<Object[]>) entityManager.createNativeQuery("SELECT " + OutboxEvent.COLUMNS
                + " FROM outbox_event ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED", Object[].class)
                .setParameter(1, BATCH_SIZE).getResultList()).stream().map(OutboxEvent::of).toList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<OutboxEvent> sendable = refusals.holdBehindRefused(batch);
        List<Optional<Throwable>> failures = sendable.isEmpty() ? List.of() : publisher.sendAll(sendable);
        List<Long> sent = new ArrayList<>();
        List<OutboxEvent> taken = new ArrayList<>();
        for (int i = 0; i < sendable.size(); i++) {
            OutboxEvent event = sendable.get(i);
            Optional<Throwable> failure = failures.get(i);
            if (failure.isEmpty()) {
                sent.add(event.seq());
                taken.add(event);
                continue;
            }
            SendFailure why = SendFailure.of(failure.get(), event.topic(), broker.clientConfig());
            if (!why.permanent()) {
                // the whole batch again, in its order: an entity's later event never overtakes one not yet taken
                throw new IllegalStateException(
                        "the broker did not take outbox event " + event.seq() + ": " + why.reason());
            }
            refusals.setAside(event, why.reason(), deliveredLater(sendable, failures, i));
        }
        // exactly the rows sent: a row that committed meanwhile with a lower seq is still to be sent
        // (one array parameter: an IN list of each batch's length was a query to translate anew each time)
        if (!sent.isEmpty()) {
            entityManager.createNativeQuery("DELETE FROM outbox_event WHERE seq = ANY(?1)")
                    .setParameter(1, sent.toArray(Long[]::new)).executeUpdate();
        }
        meter.sent(taken);
        meter.batch(batch.size());
        return batch.size();
    }

    /** Whether a later event of the same entity in the batch was delivered: the topic holds a newer state. */
    private static boolean deliveredLater(List<OutboxEvent> batch, List<Optional<Throwable>> failures, int index) {
        OutboxEvent refused = batch.get(index);
        for (int i = index + 1; i < batch.size(); i++) {
            OutboxEvent later = batch.get(i);
            if (failures.get(i).isEmpty() && later.topic().equals(refused.topic())
                    && later.messageKey().equals(refused.messageKey())) {
                return true;
            }
        }
        return false;
    }
}
