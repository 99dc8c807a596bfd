package vn.tusoi.aggregation.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * The e-mails waiting to leave, shared by every replica. A sender claims a batch with {@code FOR UPDATE SKIP LOCKED}
 * and commits the claim (SENDING) before it sends, so no other sender takes the same e-mail; it records the outcome
 * after. An e-mail whose sender stopped in between is never sent again on its own (it may have left): it turns
 * UNCONFIRMED after the lease, for an administrator to re-send if the unit did not get it; so does one the SMTP server
 * never answered for. A failed send is retried after a backoff that doubles, and ends FAILED with its reason after the
 * last attempt.
 */
@ApplicationScoped
@Transactional
public class MailQueue {

    /** A claimed e-mail with what it says. */
    public record Claimed(UUID noticeId, String address, int attempts, String title, String body, String link) {
    }

    private final EntityManager em;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration lease;

    public MailQueue(EntityManager em,
            @ConfigProperty(name = "notices.mail.max-attempts", defaultValue = "5") int maxAttempts,
            @ConfigProperty(name = "notices.mail.backoff", defaultValue = "PT1M") Duration backoff,
            @ConfigProperty(name = "notices.mail.lease", defaultValue = "PT5M") Duration lease) {
        this.em = em;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.lease = lease;
    }

    /**
     * Claims up to {@code limit} e-mails due by {@code now}. A reminder whose unit has held the session since it was
     * decided is cancelled here, in the claiming transaction, from the live roll-up: it is not sent.
     */
    public List<Claimed> claim(int limit, Instant now) {
        em.createNativeQuery("UPDATE notice_mail SET status = 'UNCONFIRMED', last_error = ?1"
                + " WHERE status = 'SENDING' AND claimed_at < ?2")
                .setParameter(1, "its sender stopped while sending: it may have left, so it is not sent again"
                        + " unless re-sent")
                .setParameter(2, now.minus(lease)).executeUpdate();
        // the batch due, locked; of it, the reminders whose unit has held the session since are cancelled and the
        // others claimed, in one statement (the roll-up is read for this batch only)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH due AS (SELECT notice_id, address FROM notice_mail"
                + " WHERE status = 'PENDING' AND not_before <= ?2 ORDER BY not_before LIMIT ?1 FOR UPDATE SKIP LOCKED),"
                + " held AS (SELECT d.notice_id, d.address FROM due d JOIN notice n ON n.id = d.notice_id"
                + " JOIN contribution c ON c.campaign_code = n.campaign_code AND c.unit_code = n.unit_code"
                + " WHERE n.kind = 'CAMPAIGN_REMINDER' AND c.held),"
                + " cancelled AS (UPDATE notice_mail m SET status = 'CANCELLED', last_error = ?3 FROM held h"
                + " WHERE m.notice_id = h.notice_id AND m.address = h.address RETURNING m.notice_id)"
                + " UPDATE notice_mail m SET status = 'SENDING', claimed_at = ?2, attempts = m.attempts + 1"
                + " FROM due d, notice n WHERE m.notice_id = d.notice_id AND m.address = d.address AND n.id = m.notice_id"
                + " AND NOT EXISTS (SELECT 1 FROM held h WHERE h.notice_id = d.notice_id AND h.address = d.address)"
                + " RETURNING m.notice_id, m.address, m.attempts, n.title, n.body, n.link")
                .setParameter(1, limit).setParameter(2, now)
                .setParameter(3, "the unit held the session before the e-mail left").getResultList();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(),
                (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    public void sent(Claimed mail, Instant now) {
        em.createNativeQuery("UPDATE notice_mail SET status = 'SENT', sent_at = ?3, last_error = NULL"
                + " WHERE notice_id = ?1 AND address = ?2 AND status = 'SENDING'")
                .setParameter(1, mail.noticeId()).setParameter(2, mail.address()).setParameter(3, now)
                .executeUpdate();
    }

    /**
     * A send the SMTP server did not answer in time: the e-mail may have left, so it is not sent again on its own
     * (UNCONFIRMED, for an administrator to re-send), as one whose sender stopped.
     */
    public void unconfirmed(Claimed mail, String reason) {
        em.createNativeQuery("UPDATE notice_mail SET status = 'UNCONFIRMED', last_error = ?3"
                + " WHERE notice_id = ?1 AND address = ?2 AND status = 'SENDING'")
                .setParameter(1, mail.noticeId()).setParameter(2, mail.address()).setParameter(3, reason)
                .executeUpdate();
    }

    /** A refused or failed send: again after the backoff, or FAILED after the last attempt. */
    public void failed(Claimed mail, String reason, Instant now) {
        boolean last = mail.attempts() >= maxAttempts;
        Instant next = now.plus(backoff.multipliedBy(1L << Math.min(20, mail.attempts() - 1)));
        em.createNativeQuery("UPDATE notice_mail SET status = ?3, not_before = ?4, last_error = ?5"
                + " WHERE notice_id = ?1 AND address = ?2 AND status = 'SENDING'")
                .setParameter(1, mail.noticeId()).setParameter(2, mail.address())
                .setParameter(3, last ? "FAILED" : "PENDING").setParameter(4, last ? now : next)
                .setParameter(5, reason.length() > 1000 ? reason.substring(0, 1000) : reason).executeUpdate();
    }

    /** For administrators: the e-mails in a state (FAILED, UNCONFIRMED...), oldest first, with their reasons. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MailView> inState(NoticeMail.Status status, PageRequest request) {
        List<NoticeMail> mails = em.createQuery("SELECT m FROM NoticeMail m WHERE m.status = ?1"
                + " ORDER BY m.notBefore, m.key.noticeId, m.key.address", NoticeMail.class).setParameter(1, status)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("SELECT count(m) FROM NoticeMail m WHERE m.status = ?1", Long.class)
                .setParameter(1, status).getSingleResult();
        return Page.of(request, mails.stream().map(MailView::of).toList(), total);
    }

    /** Sends a failed, unconfirmed or cancelled e-mail again, from its first attempt. */
    public MailView resend(UUID noticeId, String address, Instant now) {
        NoticeMail mail = em.find(NoticeMail.class, new NoticeMail.Key(noticeId, address));
        if (mail == null) {
            throw RuleViolation.notFound("e-mail", noticeId + " to " + address);
        }
        if (mail.status == NoticeMail.Status.PENDING || mail.status == NoticeMail.Status.SENDING
                || mail.status == NoticeMail.Status.SENT) {
            throw new RuleViolation(409, "mail-not-resendable", "status", "the e-mail is " + mail.status
                    + ": only a FAILED, UNCONFIRMED or CANCELLED one is sent again");
        }
        mail.status = NoticeMail.Status.PENDING;
        mail.attempts = 0;
        mail.notBefore = now;
        mail.claimedAt = null;
        return MailView.of(mail);
    }

    /** An e-mail as administrators see it. */
    public record MailView(UUID noticeId, String address, String status, int attempts, Instant notBefore,
            Instant sentAt, String lastError) {

        static MailView of(NoticeMail mail) {
            return new MailView(mail.key.noticeId(), mail.key.address(), mail.status.name(), mail.attempts,
                    mail.notBefore, mail.sentAt, mail.lastError);
        }
    }
}
