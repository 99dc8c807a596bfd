package vn.tusoi.platform.deadletter;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.platform.outbox.Outbox;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Records a consumed record that cannot be applied: in the {@code dead_letter} table (listed and re-driven by
 * administrators) and, through the outbox in the same transaction, on this service's dead-letter topic, with the
 * reason; counted in {@code tusoi_dead_letters_total}. A record replayed after a crash is recorded once.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String TYPE = "vn.tusoi.dead-letter.recorded";

    private final EntityManager em;
    private final Outbox outbox;
    private final Instance<MeterRegistry> registry;
    private final Instance<DeadLetterHandler> handler;
    private final PublishedVersions published;
    private final String topic;

    public DeadLetters(EntityManager em, Outbox outbox, Instance<MeterRegistry> registry,
            Instance<DeadLetterHandler> handler, PublishedVersions published,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.published = published;
        this.em = em;
        this.outbox = outbox;
        this.registry = registry;
        this.handler = handler;
        this.topic = topicOf(applicationName);
    }

    /** The topic a service's dead letters are published on. */
    private static String topicOf(String applicationName) {
        return applicationName + ".dead-letters";
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ConsumedRecord record, String reason) {
        String because = reason == null || reason.isBlank() ? "(no reason given)" : reason;
        List<?> inserted = em.createNativeQuery("INSERT INTO dead_letter (topic, partition, record_offset,"
                + " message_key, payload, reason, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'DEAD')"
                + " ON CONFLICT (topic, partition, record_offset) DO NOTHING RETURNING id")
                .setParameter(1, record.topic()).setParameter(2, record.partition()).setParameter(3, record.offset())
                .setParameter(4, clip(record.key(), 500)).setParameter(5, record.value()).setParameter(6, because)
                .getResultList();
        if (inserted.isEmpty()) {
            return;
        }
        Log.warnf("set aside record %s-%d@%d (key %s): %s", record.topic(), record.partition(), record.offset(),
                record.key(), because);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", ((Number) inserted.get(0)).longValue());
        data.put("topic", record.topic());
        data.put("partition", record.partition());
        data.put("offset", record.offset());
        data.put("key", record.key());
        data.put("reason", because);
        data.put("payload", record.value());
        outbox.record(topic, record.topic() + "/" + record.partition() + "/" + record.offset(), TYPE, data);
        if (registry.isResolvable()) {
            registry.get().counter("tusoi.dead.letters", "topic", record.topic()).increment();
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeadLetter> list(DeadLetter.Status status, PageRequest page) {
        String where = status == null ? "" : " WHERE d.status = :status";
        var items = em.createQuery("SELECT d FROM DeadLetter d" + where + " ORDER BY d.id DESC", DeadLetter.class);
        var total = em.createQuery("SELECT count(d) FROM DeadLetter d" + where, Long.class);
        if (status != null) {
            items.setParameter("status", status);
            total.setParameter("status", status);
        }
        return Page.of(page, items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                total.getSingleResult());
    }

    /** A correction is of the letter's own record, on its own topic: never a way to write another one. */
    private void requireSameRecord(DeadLetter letter, String payload) {
        String key;
        try {
            key = handler.get().keyOf(new ConsumedRecord(letter.topic, letter.partition, letter.offset, letter.key,
                    payload));
        } catch (RuntimeException e) {
            throw new RuleViolation(422, "dead-letter-correction-foreign", "payload",
                    "the corrected payload is not an event of " + letter.topic + ": " + e.getMessage());
        }
        if (!key.equals(letter.key)) {
            throw new RuleViolation(422, "dead-letter-correction-foreign", "payload", "the corrected payload is"
                    + " about " + key + ", the dead letter about " + letter.key
                    + ": a correction is of its own record");
        }
    }

    /**
     * A correction carries no version the owner has not published: at most the letter's own (the version it
     * corrects), or where the letter cannot be read, the newest the owner has published of the record on its topic.
     * A version ahead would be applied over what the owner says next, and its next event ignored as older.
     */
    private void requireNotAheadOfOwner(DeadLetter letter, String payload) {
        OptionalLong corrected = published.of(payload);
        if (corrected.isEmpty()) {
            return;
        }
        OptionalLong owners = published.of(letter.payload);
        if (owners.isEmpty()) {
            owners = published.newest(letter.topic, letter.key);
        }
        if (owners.isEmpty() || corrected.getAsLong() > owners.getAsLong()) {
            throw new RuleViolation(422, "dead-letter-correction-ahead", "payload", "the corrected payload carries"
                    + " version " + corrected.getAsLong() + " of " + letter.key + ", ahead of the owner's "
                    + (owners.isEmpty() ? "(it has published no readable version)" : owners.getAsLong())
                    + ": a correction is of a version the owner published");
        }
    }

    /**
     * Applies a dead letter again, as the consumer would now: after a fix on the consumer's side, or with a corrected
     * payload of the same record on the same topic (kept in its place). Applied: marked REDRIVEN; still failing: stays DEAD with the new reason, 422. A
     * crash between the two leaves it DEAD though applied: re-driving it again changes nothing (versions).
     */
    public DeadLetter redrive(long id, String correctedPayload, String by) {
        DeadLetter letter = QuarkusTransaction.requiringNew().call(() -> em.find(DeadLetter.class, id));
        if (letter == null) {
            throw RuleViolation.notFound("dead letter", String.valueOf(id));
        }
        if (letter.status != DeadLetter.Status.DEAD) {
            throw new RuleViolation(409, "dead-letter-redriven", "status",
                    "dead letter " + id + " was re-driven on " + letter.redrivenAt);
        }
        if (!handler.isResolvable()) {
            throw new RuleViolation(409, "no-consumer", "id", "this service consumes no events");
        }
        String payload = correctedPayload == null ? letter.payload : correctedPayload;
        if (correctedPayload != null) {
            requireSameRecord(letter, payload);
            requireNotAheadOfOwner(letter, payload);
        }
        try {
            handler.get().apply(new ConsumedRecord(letter.topic, letter.partition, letter.offset, letter.key,
                    payload));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> em.find(DeadLetter.class, id).reason = e.getMessage());
            throw new RuleViolation(422, "dead-letter-unusable", "id",
                    "dead letter " + id + " still cannot be applied: " + e.getMessage());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter applied = em.find(DeadLetter.class, id);
            applied.status = DeadLetter.Status.REDRIVEN;
            applied.payload = payload;
            applied.redrivenAt = OffsetDateTime.now();
            applied.redrivenBy = by;
            return applied;
        });
    }
}
