package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.outbox.Outbox;

/**
 * Records a notice in the caller's transaction: in its unit's inbox, its e-mails to send (none when the unit turned
 * e-mail off), and its record for the notices topic. Nothing is sent before the transaction commits.
 */
@ApplicationScoped
public class NoticeRecorder {

    private final EntityManager em;
    private final Outbox outbox;
    private final QuietHours quietHours;

    public NoticeRecorder(EntityManager em, Outbox outbox, QuietHours quietHours) {
        this.em = em;
        this.outbox = outbox;
        this.quietHours = quietHours;
    }

    /** What a notice says, to whom, and where it is e-mailed. */
    public record Draft(NoticeKind kind, String key, String unitCode, String campaignCode, String title, String body,
            String link, String sentBy, List<String> addresses) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Notice record(Draft draft, Instant now) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.key = draft.key();
        notice.kind = draft.kind();
        notice.unitCode = draft.unitCode();
        notice.campaignCode = draft.campaignCode();
        notice.title = draft.title();
        notice.body = draft.body();
        notice.link = draft.link();
        notice.sentBy = draft.sentBy();
        notice.createdAt = now;
        em.persist(notice);
        Instant sendable = quietHours.firstSendable(now);
        for (String address : draft.addresses()) {
            em.persist(NoticeMail.pending(notice.id, address, sendable));
        }
        outbox.record(NoticePublished.TOPIC, notice.id.toString(), NoticePublished.TYPE, NoticePublished.of(notice));
        return notice;
    }
}
