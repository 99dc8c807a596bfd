package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The remediation actions' reminders, decided set-based from the actions' latest states: days before an action's
 * due date to the unit that owns it (the nearest of {@code notices.actions.days-before} reached, once each), once it
 * is overdue to that unit, and after {@code notices.actions.escalate-after-days} days overdue to the unit above it.
 * Each notice's key names the action and its due date: a run repeated, or run by two replicas, makes each once; an
 * action given a new due date is reminded of it.
 */
@ApplicationScoped
public class ActionReminderRuns {

    private static final Logger LOG = Logger.getLogger(ActionReminderRuns.class);
    private static final String OPEN_ACTIONS = " FROM action_state a JOIN unit_node u ON u.code = a.unit_code"
            + " LEFT JOIN shortcoming_state s ON s.id = a.shortcoming_id"
            + " WHERE a.status IN ('PLANNED', 'IN_PROGRESS') AND a.due_on IS NOT NULL";
    private static final String DUE_DAY = "to_char(a.due_on, 'DD/MM/YYYY')";
    /** The remediation board of the unit that owns the action, followed by its code. */
    private static final String REMEDIATION_LINK = "/theo-doi-khac-phuc?unit=";

    /** What a run made. */
    public record Outcome(LocalDate day, int due, int overdue, int escalated, long millis) {
    }

    private final NoticeBatch batch;
    private final NoticeClock clock;
    private final QuietHours quietHours;
    private final List<Integer> daysBefore;
    private final int escalateAfterDays;

    public ActionReminderRuns(NoticeBatch batch, NoticeClock clock, QuietHours quietHours,
            @ConfigProperty(name = "notices.actions.days-before", defaultValue = "7,1") List<Integer> daysBefore,
            @ConfigProperty(name = "notices.actions.escalate-after-days", defaultValue = "7") int escalateAfterDays) {
        this.batch = batch;
        this.clock = clock;
        this.quietHours = quietHours;
        this.daysBefore = List.copyOf(daysBefore);
        this.escalateAfterDays = escalateAfterDays;
    }

    @Scheduled(every = "{notices.schedule.poll-interval}", delayed = "{notices.mail.poll-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Outcome outcome = runDue();
        if (outcome.due() + outcome.overdue() + outcome.escalated() > 0) {
            LOG.infof("action reminders of %s: %d due, %d overdue, %d escalated, in %d ms", outcome.day(),
                    outcome.due(), outcome.overdue(), outcome.escalated(), outcome.millis());
        }
    }

    /** Makes the action reminders due now, in one transaction. */
    public Outcome runDue() {
        Instant now = clock.now();
        LocalDate today = now.atZone(quietHours.zone()).toLocalDate();
        long started = System.nanoTime();
        return QuarkusTransaction.requiringNew().call(() -> {
            int due = batch.record(new NoticeBatch.Source(NoticeKind.ACTION_DUE,
                    "Biện pháp khắc phục sắp đến hạn", null,
                    "SELECT 'ACTION_DUE|' || a.id || '|' || a.unit_code || '|' || t.days || '|' || a.due_on AS notice_key,"
                            + " a.unit_code, s.campaign_code, CAST(a.id AS varchar) AS subject_ref,"
                            + " u.name || ': một biện pháp khắc phục hạn chế, khuyết điểm đến hạn ngày ' || " + DUE_DAY
                            + " || CASE WHEN a.due_on = :today THEN ' (hạn chót là hôm nay).'"
                            + " ELSE ' (còn ' || (a.due_on - :today) || ' ngày).' END AS body, :link || a.unit_code AS link"
                            + OPEN_ACTIONS.replace(" WHERE", " CROSS JOIN LATERAL (SELECT min(x) AS days"
                                    + " FROM unnest(CAST(:daysBefore AS int[])) AS x WHERE a.due_on - x <= :today) t WHERE")
                            + " AND a.due_on >= :today AND t.days IS NOT NULL",
                    Map.of("today", today, "daysBefore", NoticeBatch.intArray(daysBefore), "link", REMEDIATION_LINK)),
                    now);
            int overdue = batch.record(new NoticeBatch.Source(NoticeKind.ACTION_OVERDUE,
                    "Biện pháp khắc phục đã quá hạn", null,
                    "SELECT 'ACTION_OVERDUE|' || a.id || '|' || a.unit_code || '|' || a.due_on AS notice_key,"
                            + " a.unit_code, s.campaign_code, CAST(a.id AS varchar) AS subject_ref,"
                            + " u.name || ': một biện pháp khắc phục hạn chế, khuyết điểm đã quá hạn (hạn ngày ' || "
                            + DUE_DAY + " || ', quá hạn ' || (:today - a.due_on) || ' ngày).' AS body,"
                            + " :link || a.unit_code AS link" + OPEN_ACTIONS + " AND a.due_on < :today",
                    Map.of("today", today, "link", REMEDIATION_LINK)), now);
            int escalated = batch.record(new NoticeBatch.Source(NoticeKind.ACTION_ESCALATED,
                    "Biện pháp khắc phục quá hạn ở đơn vị trực thuộc", null,
                    "SELECT 'ACTION_ESCALATED|' || a.id || '|' || p.code || '|' || a.due_on AS notice_key,"
                            + " p.code AS unit_code, s.campaign_code, CAST(a.id AS varchar) AS subject_ref,"
                            + " p.name || ': một biện pháp khắc phục hạn chế, khuyết điểm của ' || u.name"
                            + " || ' đã quá hạn ' || (:today - a.due_on) || ' ngày (hạn ngày ' || " + DUE_DAY
                            + " || '), chưa hoàn thành.' AS body, :link || a.unit_code AS link"
                            + OPEN_ACTIONS.replace(" WHERE", " JOIN unit_node p ON p.code = u.parent_code WHERE")
                            + " AND a.due_on + :escalateAfter <= :today",
                    Map.of("today", today, "escalateAfter", escalateAfterDays, "link", REMEDIATION_LINK)), now);
            return new Outcome(today, due, overdue, escalated, (System.nanoTime() - started) / 1_000_000);
        });
    }
}
