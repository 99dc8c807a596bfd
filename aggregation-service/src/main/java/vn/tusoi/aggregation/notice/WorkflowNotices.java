package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import vn.tusoi.aggregation.rollup.RollupEngine;

/**
 * The review workflow's notices, from the states the owners published: a report submitted, to the committee directly
 * above its unit (which approves it); a report returned, to its unit with the committee's reason; a classification
 * decided, to the unit graded (by the grade's name, QĐ 366's four). Each is keyed by its record's version: a report
 * submitted again after a return is announced again, and nothing twice however often this runs, on however many
 * replicas. A member's grade is announced to the member alone (their own notices, never the cell's inbox), and
 * e-mailed to the member's address in the identity provider once it is looked up ({@link MemberAddresses}).
 */
@ApplicationScoped
public class WorkflowNotices {

    private static final Logger LOG = Logger.getLogger(WorkflowNotices.class);

    /** What a run made. */
    public record Outcome(int submitted, int returned, int graded, int membersGraded, int membersAddressed) {
    }

    private final NoticeBatch batch;
    private final NoticeClock clock;
    private final EntityManager em;
    private final MemberAddresses memberAddresses;

    public WorkflowNotices(NoticeBatch batch, NoticeClock clock, EntityManager em, MemberAddresses memberAddresses) {
        this.batch = batch;
        this.memberAddresses = memberAddresses;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(every = "{notices.workflow.poll-interval}", delayed = "{notices.mail.poll-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Outcome outcome = runDue();
        if (outcome.submitted() + outcome.returned() + outcome.graded() + outcome.membersGraded() > 0) {
            LOG.infof("workflow notices: %d reports submitted, %d returned, %d units' and %d members' grades decided",
                    outcome.submitted(), outcome.returned(), outcome.graded(), outcome.membersGraded());
        }
    }

    /** A grade's name in QĐ 366 (the four grades), in SQL, from the column that holds its code. */
    private static String gradeName(String column) {
        return "CASE " + column + " WHEN 'EXCELLENT' THEN 'Hoàn thành xuất sắc nhiệm vụ'"
                + " WHEN 'GOOD' THEN 'Hoàn thành tốt nhiệm vụ' WHEN 'COMPLETED' THEN 'Hoàn thành nhiệm vụ'"
                + " WHEN 'NOT_COMPLETED' THEN 'Không hoàn thành nhiệm vụ' ELSE " + column + " END";
    }

    /** Records the notices due, then looks up the addresses of the members' own (outside the roll-ups' lock). */
    public Outcome runDue() {
        Instant now = clock.now();
        Outcome recorded = QuarkusTransaction.requiringNew().call(() -> {
            // the grades are claimed by updating their states: under the batches' apply lock, never beside a batch
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, RollupEngine.APPLY_LOCK)
                    .getSingleResult();
            return new Outcome(
                    batch.record(new NoticeBatch.Source(NoticeKind.REPORT_SUBMITTED, "Báo cáo sinh hoạt chờ duyệt",
                            null,
                            "SELECT 'REPORT_SUBMITTED|' || s.id || '|' || s.version AS notice_key, p.code AS unit_code,"
                                    + " s.campaign_code, CAST(s.id AS varchar) AS subject_ref, p.name || ': ' || u.name"
                                    + " || ' đã gửi báo cáo sinh hoạt theo Kế hoạch ' || s.campaign_code"
                                    + " || ', chờ cấp ủy duyệt.' AS body, '/duyet/phien?id=' || s.id AS link"
                                    + " FROM session_state s JOIN unit_node u ON u.code = s.unit_code"
                                    + " JOIN unit_node p ON p.code = u.parent_code WHERE s.status = 'SUBMITTED'",
                            Map.of()), now),
                    batch.record(new NoticeBatch.Source(NoticeKind.REPORT_RETURNED, "Báo cáo sinh hoạt bị trả lại",
                            null,
                            "SELECT 'REPORT_RETURNED|' || s.id || '|' || s.version AS notice_key, u.code AS unit_code,"
                                    + " s.campaign_code, CAST(s.id AS varchar) AS subject_ref, u.name"
                                    + " || ': báo cáo sinh hoạt theo Kế hoạch ' || s.campaign_code"
                                    + " || ' được cấp ủy cấp trên trả lại để bổ sung, chỉnh sửa.'"
                                    + " || CASE WHEN s.review_note IS NULL THEN '' ELSE chr(10) || 'Lý do: ' || s.review_note"
                                    + " END AS body, '/bao-cao-sinh-hoat?unit=' || u.code AS link"
                                    + " FROM session_state s JOIN unit_node u ON u.code = s.unit_code"
                                    + " WHERE s.status = 'RETURNED'",
                            Map.of()), now),
                    batch.record(new NoticeBatch.Source(NoticeKind.GRADE_DECIDED, "Kết quả xếp loại chất lượng", null,
                            // claimed and marked told in the statement that makes them: of two runs, one tells
                            "UPDATE classification_state c SET announced_version = c.version FROM unit_node u"
                                    + " WHERE u.code = c.unit_code AND c.decided_grade IS NOT NULL"
                                    + " AND c.announced_version IS DISTINCT FROM c.version"
                                    + " RETURNING 'GRADE_DECIDED|' || c.unit_code || '|' || c.period || '|' || c.version"
                                    + " AS notice_key, c.unit_code, CAST(NULL AS varchar) AS campaign_code,"
                                    + " CAST(NULL AS varchar) AS subject_ref, u.name || ': cấp ủy cấp trên đã quyết định"
                                    + " xếp loại chất lượng kỳ ' || c.period || ': ' || " + gradeName("c.decided_grade")
                                    + " || '.' AS body, '/xep-loai?unit=' || c.unit_code || '&ky=' || c.period AS link",
                            Map.of()), now),
                    batch.record(new NoticeBatch.Source(NoticeKind.MEMBER_GRADE_DECIDED,
                            "Kết quả xếp loại chất lượng đảng viên", null,
                            // to the member alone, by the grade's name: never their self-review's content
                            "UPDATE self_review_state r SET announced_version = r.version"
                                    + " WHERE r.decided_grade IS NOT NULL AND r.announced_version IS DISTINCT FROM r.version"
                                    + " RETURNING 'MEMBER_GRADE_DECIDED|' || r.campaign_code || '|' || r.registry_no"
                                    + " || '|' || r.version AS notice_key, r.unit_code, r.registry_no, r.campaign_code,"
                                    + " CAST(NULL AS varchar) AS subject_ref, 'Cấp ủy đã quyết định xếp loại chất lượng"
                                    + " của đồng chí (số lý lịch ' || r.registry_no || ') theo Kế hoạch ' || r.campaign_code"
                                    + " || ': ' || " + gradeName("r.decided_grade") + " || '.' AS body,"
                                    + " '/tu-kiem-diem?campaign=' || r.campaign_code AS link",
                            Map.of()), now),
                    0);
        });
        return new Outcome(recorded.submitted(), recorded.returned(), recorded.graded(), recorded.membersGraded(),
                memberAddresses.addressDue());
    }
}
