package vn.tusoi.aggregation.notice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.aggregation.ingest.UnitNode;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Caller;

/**
 * A unit's notices, newest first, for those who may read the unit, read once opened by one of them; and a member's
 * own, for the member alone (never in the unit's inbox).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Inbox {

    /** Whose notices: a unit's (not its members' own), a member's own. */
    private static final String UNIT = "n.unitCode = ?1 AND n.registryNo IS NULL";
    private static final String MEMBER = "n.registryNo = ?1";

    private final EntityManager em;
    private final Caller caller;
    private final NoticeClock clock;

    public Inbox(EntityManager em, Caller caller, NoticeClock clock) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    /** A unit's notices (not its members' own). */
    public Page<NoticeView> notices(String unitCode, boolean unreadOnly, PageRequest request) {
        readable(unitCode);
        return page(UNIT, unitCode, unreadOnly, request);
    }

    public long unread(String unitCode) {
        readable(unitCode);
        return unread(UNIT, unitCode);
    }

    /** The caller's own notices, as a member (none for a caller who is not one). */
    public Page<NoticeView> mine(boolean unreadOnly, PageRequest request) {
        return page(MEMBER, member(), unreadOnly, request);
    }

    public long unreadOfMine() {
        return unread(MEMBER, member());
    }

    private Page<NoticeView> page(String whose, String of, boolean unreadOnly, PageRequest request) {
        String where = " FROM Notice n WHERE " + whose + (unreadOnly ? " AND n.readAt IS NULL" : "");
        List<Notice> notices = em.createQuery("SELECT n" + where + " ORDER BY n.createdAt DESC, n.id", Notice.class)
                .setParameter(1, of).setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultList();
        long total = em.createQuery("SELECT count(n)" + where, Long.class).setParameter(1, of).getSingleResult();
        Map<UUID, List<NoticeView.Mail>> mails = mails(notices);
        return Page.of(request, notices.stream().map(n -> new NoticeView(n.id, n.kind.name(), n.unitCode,
                n.campaignCode, n.title, n.body, n.link, n.sentBy, n.createdAt, n.readAt,
                mails.getOrDefault(n.id, List.of()))).toList(), total);
    }

    private long unread(String whose, String of) {
        return em.createQuery("SELECT count(n) FROM Notice n WHERE " + whose + " AND n.readAt IS NULL", Long.class)
                .setParameter(1, of).getSingleResult();
    }

    /** The caller's registry number; a caller who is not a member has no own notices (an impossible number). */
    private String member() {
        return caller.memberNumber().orElse("");
    }

    /** Marks the notice read (once: the first reading is kept). */
    @Transactional
    public void read(UUID id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null) {
            throw RuleViolation.notFound("notice", id.toString());
        }
        if (notice.registryNo == null) {
            readable(notice.unitCode);
        } else if (!notice.registryNo.equals(member())) {
            // a member's own notice is theirs alone: to anyone else it does not exist
            throw RuleViolation.notFound("notice", id.toString());
        }
        if (notice.readAt == null) {
            notice.readAt = clock.now();
        }
    }

    /** A remediation action escalated to the unit above its owner, and when. */
    public record EscalatedAction(UUID actionId, String unitCode, String escalatedTo, java.time.Instant escalatedAt) {
    }

    /** The actions of the unit and the units under it that were escalated for being overdue. */
    public List<EscalatedAction> escalatedActions(String unitCode) {
        readable(unitCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("SELECT a.id, a.unit_code, n.unit_code, min(n.created_at) FROM notice n"
                        + " JOIN action_state a ON CAST(a.id AS varchar) = n.subject_ref JOIN unit_node o ON o.code = a.unit_code"
                        + " WHERE n.kind = 'ACTION_ESCALATED' AND (o.code = ?1 OR o.ancestors @> ARRAY[?1]::varchar[])"
                        + " GROUP BY a.id, a.unit_code, n.unit_code ORDER BY a.unit_code, a.id")
                .setParameter(1, unitCode)
                .setMaxResults(PageRequest.MAX_SIZE * 10).getResultList();
        return rows.stream().map(r -> new EscalatedAction((UUID) r[0], (String) r[1], (String) r[2],
                vn.tusoi.platform.query.Timestamps.instant(r[3]))).toList();
    }

    private void readable(String unitCode) {
        UnitNode unit = em.find(UnitNode.class, unitCode);
        if (unit == null) {
            throw caller.unknownUnit(unitCode, "unitCode", "read", RuleViolation.notFound("unit", unitCode));
        }
        caller.requireSees(unit.code, unit.ancestors, "unitCode");
    }

    private Map<UUID, List<NoticeView.Mail>> mails(List<Notice> notices) {
        Map<UUID, List<NoticeView.Mail>> byNotice = new HashMap<>();
        if (notices.isEmpty()) {
            return byNotice;
        }
        em.createQuery("SELECT m FROM NoticeMail m WHERE m.key.noticeId IN ?1 ORDER BY m.key.address",
                NoticeMail.class).setParameter(1, notices.stream().map(n -> n.id).toList()).getResultList()
                .forEach(m -> byNotice.computeIfAbsent(m.key.noticeId(), id -> new java.util.ArrayList<>())
                        .add(new NoticeView.Mail(m.key.address(), m.status.name(), m.attempts, m.sentAt)));
        return byNotice;
    }
}
