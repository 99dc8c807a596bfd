package vn.tusoi.platform.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * The outbox rows the broker refused for good, set aside in {@code outbox_refused} so that the relay goes on with the
 * others, listed and re-sent by administrators; counted in {@code tusoi_outbox_set_aside_total}.
 * <p>
 * Per-entity order: the later events of an entity whose event was set aside <em>wait with it</em>: the relay sets them
 * aside too (reason "waits behind"), and a re-send returns them all to the outbox under their own numbers, so they go
 * out in their order and before any event of the entity written since. Only one case lets a later event pass: an
 * event of the same entity in the same batch, sent at the same moment, was delivered. The topic then holds a newer
 * state of the entity, every consumer keeps the newest version and ignores older ones, so nothing is lost; the refused
 * row is marked superseded and is not re-sent (re-sending it would end the compacted topic on the older version).
 */
@ApplicationScoped
public class OutboxRefusals {

    static final int SHOWN_CHARACTERS = 2_000;

    private final EntityManager em;
    private final Instance<MeterRegistry> registry;

    public OutboxRefusals(EntityManager em, Instance<MeterRegistry> registry) {
        this.em = em;
        this.registry = registry;
    }

    /** A row set aside, as administrators see it: the event's first 2,000 characters and its whole length. */
    public record Refused(long seq, String topic, String key, String cloudEvent, int length, OffsetDateTime createdAt,
            OffsetDateTime refusedAt, String reason, boolean superseded) {
    }

    /** The rows of the batch whose entity has an event waiting here are set aside behind it; the others return. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<OutboxEvent> holdBehindRefused(List<OutboxEvent> batch) {
        Boolean any = (Boolean) em.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM outbox_refused WHERE NOT superseded)").getSingleResult();
        if (!any) {
            return batch;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> waiting = em.createNativeQuery("SELECT topic, message_key, min(seq) FROM outbox_refused"
                + " WHERE NOT superseded AND message_key IN (?1) GROUP BY topic, message_key")
                .setParameter(1, batch.stream().map(OutboxEvent::messageKey).distinct().toList()).getResultList();
        Set<String> held = new HashSet<>();
        for (Object[] row : waiting) {
            held.add(row[0] + "\n" + row[1]);
        }
        if (held.isEmpty()) {
            return batch;
        }
        for (OutboxEvent event : batch) {
            if (held.contains(event.topic() + "\n" + event.messageKey())) {
                setAside(event, "waits behind an earlier event of " + event.messageKey() + " set aside", false);
            }
        }
        return batch.stream().filter(e -> !held.contains(e.topic() + "\n" + e.messageKey())).toList();
    }

    /** Moves the row from the outbox to the rows set aside, under its own number. */
    @Transactional(Transactional.TxType.MANDATORY)
    void setAside(OutboxEvent event, String reason, boolean superseded) {
        em.createNativeQuery("WITH moved AS (DELETE FROM outbox_event WHERE seq = ?1 RETURNING *)"
                + " INSERT INTO outbox_refused (seq, topic, message_key, cloud_event, created_at, reason, superseded)"
                + " SELECT seq, topic, message_key, cloud_event, created_at, ?2, ?3 FROM moved")
                .setParameter(1, event.seq()).setParameter(2, reason).setParameter(3, superseded).executeUpdate();
        Log.errorf("outbox event %d (%s, key %s) set aside%s: %s", event.seq(), event.topic(), event.messageKey(),
                superseded ? ", superseded by a newer event delivered" : "", reason);
        if (registry.isResolvable()) {
            registry.get().counter("tusoi.outbox.set.aside", "topic", event.topic()).increment();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Refused> list(PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT seq, topic, message_key, left(cloud_event, ?1),"
                + " length(cloud_event), created_at, refused_at, reason, superseded FROM outbox_refused"
                + " ORDER BY seq LIMIT ?2 OFFSET ?3")
                .setParameter(1, SHOWN_CHARACTERS).setParameter(2, page.size()).setParameter(3, page.offset())
                .getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_refused").getSingleResult())
                .longValue();
        return Page.of(page, rows.stream().map(OutboxRefusals::refused).toList(), total);
    }

    private static Refused refused(Object[] row) {
        return new Refused(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).intValue(), offsetDateTime(row[5]), offsetDateTime(row[6]), (String) row[7],
                (Boolean) row[8]);
    }

    private static OffsetDateTime offsetDateTime(Object value) {
        return value instanceof Instant instant
                ? instant.atOffset(ZoneOffset.UTC)
                : (OffsetDateTime) value;
    }

    /**
     * Returns the row and every other row of its entity set aside (before or behind it) to the outbox, under their own numbers, once
     * the cause is fixed (a broker's size limit raised, a topic created, an ACL granted); the relay sends them in their
     * order. Refused again, they come back here. Holds the relay's lock, so no batch is in flight meanwhile.
     *
     * @return how many rows went back to the outbox
     */
    @Transactional
    public int resend(long seq, String by) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, OutboxRelay.RELAY_LOCK)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(
                "SELECT topic, message_key, superseded FROM outbox_refused WHERE seq = ?1 FOR UPDATE")
                .setParameter(1, seq).getResultList();
        if (found.isEmpty()) {
            throw RuleViolation.notFound("refused outbox event", String.valueOf(seq));
        }
        if ((Boolean) found.get(0)[2]) {
            throw new RuleViolation(409, "outbox-event-superseded", "seq", "outbox event " + seq
                    + " was superseded by a newer event of " + found.get(0)[1] + " that was delivered");
        }
        int returned = em.createNativeQuery("WITH back AS (DELETE FROM outbox_refused"
                + " WHERE topic = ?1 AND message_key = ?2 AND NOT superseded RETURNING *)"
                + " INSERT INTO outbox_event (seq, topic, message_key, cloud_event, created_at)"
                + " SELECT seq, topic, message_key, cloud_event, created_at FROM back")
                .setParameter(1, found.get(0)[0]).setParameter(2, found.get(0)[1])
                .executeUpdate();
        Log.infof("%s re-sent outbox event %d: %d rows of %s back to the outbox", by, seq, returned, found.get(0)[1]);
        return returned;
    }
}
