package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.tusoi.platform.outbox.Outbox;

/**
 * Records notices in one statement, whatever their number (a deadline's run decides for every unit of the country
 * at once): the notices a query selects, their e-mails (to each address of the unit, unless it turned e-mail off),
 * their records for the notices topic (in the outbox, relayed in order like every event), and for reminders the
 * unit's reminder mark. A notice whose key exists is not made again: a run repeated, or run by two replicas, makes
 * each once.
 */
@ApplicationScoped
public class NoticeBatch {

    /**
     * The notices to make: {@code select} yields, per notice, the columns {@code notice_key, unit_code, campaign_code,
     * subject_ref, body, link}, and {@code registry_no} for a member's own (a unit's addresses are read from
     * {@code unit_node}, a member's looked up after); it may be an
     * {@code UPDATE ... RETURNING} that marks what it chose); {@code parameters} are its own named parameters.
     */
    public record Source(NoticeKind kind, String title, String sentBy, String select, Map<String, Object> parameters) {
    }

    private final EntityManager em;
    private final QuietHours quietHours;
    private final Outbox outbox;
    private final String source;

    public NoticeBatch(EntityManager em, QuietHours quietHours, Outbox outbox,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.em = em;
        this.quietHours = quietHours;
        this.outbox = outbox;
        this.source = "/" + application;
    }

    /** Records the notices; returns how many were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(Source notices, Instant now) {
        boolean reminder = notices.kind() == NoticeKind.CAMPAIGN_REMINDER;
        boolean toMember = notices.kind().toMember();
        // the values every notice shares, typed once (an untyped parameter is refused inside jsonb_build_object)
        String sql = "WITH shared AS (SELECT CAST(:kind AS varchar) AS kind, CAST(:title AS varchar) AS title, CAST(:sentBy AS varchar) AS sent_by,"
                + " CAST(:now AS timestamptz) AS now, CAST(:time AS text) AS time),"
                + " chosen AS (" + notices.select() + "),"
                + " inserted AS (INSERT INTO notice (id, notice_key, kind, unit_code, registry_no, campaign_code, title,"
                + " body, link, subject_ref, sent_by, created_at) SELECT gen_random_uuid(), c.notice_key, s.kind,"
                + " c.unit_code, " + (toMember ? "c.registry_no" : "CAST(NULL AS varchar)") + ", c.campaign_code,"
                + " s.title, c.body, c.link, c.subject_ref, s.sent_by, s.now FROM chosen c CROSS JOIN shared s"
                + " ON CONFLICT (notice_key) DO NOTHING RETURNING id, unit_code, registry_no, campaign_code, body, link),"
                // a member's e-mail waits for their address (MemberAddresses); a unit's goes to the unit's addresses
                + (toMember
                        ? ""
                        : " mails AS (INSERT INTO notice_mail (notice_id, address, status, attempts, not_before)"
                                + " SELECT i.id, e.address, 'PENDING', 0, CAST(:sendable AS timestamptz) FROM inserted i"
                                + " JOIN unit_node u ON u.code = i.unit_code"
                                + " CROSS JOIN LATERAL unnest(u.notification_emails) AS e(address) WHERE NOT u.email_off),")
                + (reminder
                        ? " marks AS (INSERT INTO reminder_mark (campaign_code, unit_code, reminded_at)"
                                + " SELECT i.campaign_code, i.unit_code, s.now FROM inserted i CROSS JOIN shared s"
                                + " ON CONFLICT (campaign_code, unit_code) DO UPDATE SET reminded_at = excluded.reminded_at),"
                        : "")
                + " events AS (INSERT INTO outbox_event (topic, message_key, cloud_event)"
                + " SELECT CAST(:topic AS varchar), CAST(i.id AS text), CAST(jsonb_build_object('specversion', '1.0',"
                + " 'id', CAST(gen_random_uuid() AS text), 'source', CAST(:source AS text), 'type', CAST(:type AS text),"
                + " 'subject', CAST(i.id AS text), 'time', s.time, 'datacontenttype', 'application/json',"
                + " 'data', jsonb_build_object('id', i.id, 'kind', s.kind, 'unitCode', i.unit_code, 'registryNo', i.registry_no,"
                + " 'campaignCode', i.campaign_code, 'title', s.title, 'body', i.body, 'link', i.link, 'sentBy', s.sent_by,"
                + " 'createdAt', s.time)) AS text) FROM inserted i CROSS JOIN shared s)"
                + " SELECT count(*) FROM inserted";
        Query query = em.createNativeQuery(sql).setParameter("kind", notices.kind().name())
                .setParameter("title", notices.title())
                .setParameter("sentBy", notices.sentBy()).setParameter("now", now)
                .setParameter("topic", NoticePublished.TOPIC).setParameter("type", NoticePublished.TYPE)
                .setParameter("source", source).setParameter("time", now.toString());
        if (!toMember) {
            query.setParameter("sendable", quietHours.firstSendable(now));
        }
        notices.parameters().forEach(query::setParameter);
        int made = ((Number) query.getSingleResult()).intValue();
        if (made > 0) {
            outbox.written();
        }
        return made;
    }

    /** The text of an {@code int[]} for a parameter cast in SQL ({@code CAST(? AS int[])}). */
    static String intArray(List<Integer> values) {
        return "{" + String.join(",", values.stream().map(String::valueOf).toList()) + "}";
    }
}
