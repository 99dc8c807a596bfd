package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.UnitNode;

/**
 * The campaigns' scheduled reminders. For each open campaign whose schedule has a reminder due (the latest by today,
 * if no more than {@code notices.schedule.catch-up-days} ago: one missed while the service was down is sent once, late;
 * an open campaign long past its last reminder is not reminded again), one transaction claims the run in
 * {@code reminder_run} and decides from the live roll-up, set-based: a reminder to every unit in scope that has not
 * held the session, and a digest to each superior of such units listing them. Replicas running at once make it once
 * (the claim's key); a replica stopped in the middle rolls it all back, and the next run makes it whole.
 */
@ApplicationScoped
public class CampaignReminderRuns {

    private static final Logger LOG = Logger.getLogger(CampaignReminderRuns.class);
    private static final int DIGEST_NAMES = 50;

    /** What one campaign's run did, and how long its decision took. */
    public record Outcome(String campaignCode, LocalDate dueOn, int reminded, int digests, long millis) {
    }

    private final EntityManager em;
    private final ReminderSchedules schedules;
    private final NoticeBatch batch;
    private final NoticeClock clock;
    private final QuietHours quietHours;
    private final int catchUpDays;

    public CampaignReminderRuns(EntityManager em, ReminderSchedules schedules, NoticeBatch batch, NoticeClock clock,
            QuietHours quietHours,
            @ConfigProperty(name = "notices.schedule.catch-up-days", defaultValue = "1") int catchUpDays) {
        this.catchUpDays = catchUpDays;
        this.em = em;
        this.schedules = schedules;
        this.batch = batch;
        this.clock = clock;
        this.quietHours = quietHours;
    }

    @Scheduled(every = "{notices.schedule.poll-interval}", delayed = "{notices.mail.poll-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runDue().forEach(outcome -> LOG.infof("reminders of %s due %s: %d units reminded, %d digests, in %d ms",
                outcome.campaignCode(), outcome.dueOn(), outcome.reminded(), outcome.digests(), outcome.millis()));
    }

    /** Runs every reminder due now that has not run yet; each campaign in a transaction of its own. */
    public List<Outcome> runDue() {
        Instant now = clock.now();
        LocalDate today = now.atZone(quietHours.zone()).toLocalDate();
        List<String> open = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "SELECT c.code FROM CampaignInfo c WHERE c.status = ?1 ORDER BY c.code", String.class)
                .setParameter(1, CampaignInfo.OPEN).getResultList());
        List<Outcome> outcomes = new ArrayList<>();
        for (String code : open) {
            QuarkusTransaction.requiringNew().call(() -> run(code, now, today)).ifPresent(outcomes::add);
        }
        return outcomes;
    }

    private Optional<Outcome> run(String code, Instant now, LocalDate today) {
        CampaignInfo campaign = em.find(CampaignInfo.class, code);
        if (campaign == null || campaign.isClosed()) {
            return Optional.empty();
        }
        // a reminder missed by more than the catch-up (the service was down, or the campaign is long past its last)
        // is not sent late
        Optional<LocalDate> due = schedules.of(code).latestDue(campaign.deadline, today)
                .filter(day -> !day.isBefore(today.minusDays(catchUpDays)));
        if (due.isEmpty() || em.createNativeQuery("INSERT INTO reminder_run (campaign_code, due_on, ran_at, reminded,"
                + " digests) VALUES (?1, ?2, ?3, 0, 0) ON CONFLICT DO NOTHING").setParameter(1, code)
                .setParameter(2, due.get()).setParameter(3, now).executeUpdate() == 0) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        UnitNode issuer = em.find(UnitNode.class, campaign.issuingUnitCode);
        String laggards = " FROM contribution c JOIN unit_node u ON u.code = c.unit_code"
                + " WHERE c.campaign_code = :campaign AND c.in_scope AND NOT c.held";
        int reminded = batch.record(new NoticeBatch.Source(NoticeKind.CAMPAIGN_REMINDER,
                NoticeTexts.reminderTitle(code), null,
                "SELECT :keyPrefix || c.unit_code || :keySuffix AS notice_key, c.unit_code AS unit_code,"
                        + " c.campaign_code, CAST(NULL AS varchar) AS subject_ref,"
                        + " u.name || :afterName AS body, :link || c.unit_code AS link" + laggards,
                Map.of("campaign", code, "keyPrefix", NoticeKind.CAMPAIGN_REMINDER + "|" + code + "|", "keySuffix",
                        "|" + due.get(),
                        "afterName", NoticeTexts.reminderAfterName(code, issuer == null ? null : issuer.name,
                                campaign.deadline, today, null, null),
                        "link", NoticeTexts.REPORT_LINK)),
                now);
        int digests = batch.record(new NoticeBatch.Source(NoticeKind.CAMPAIGN_DIGEST,
                NoticeTexts.digestTitle(code), null,
                "SELECT :keyPrefix || p.code || :keySuffix AS notice_key, p.code AS unit_code,"
                        + " CAST(:campaign AS varchar) AS campaign_code, CAST(NULL AS varchar) AS subject_ref,"
                        + " p.name || ': ' || replace(to_char(g.n, 'FM999,999,999'), ',', '.') || :afterCount"
                        + " || chr(10) || array_to_string(g.names, chr(10))"
                        + " || CASE WHEN g.n > " + DIGEST_NAMES + " THEN chr(10) || 'và '"
                        + " || replace(to_char(g.n - " + DIGEST_NAMES + ", 'FM999,999,999'), ',', '.')"
                        + " || ' đơn vị khác.' ELSE '' END AS body, :link || p.code AS link"
                        + " FROM (SELECT u.parent_code, count(*) AS n,"
                        + " (array_agg('- ' || u.name ORDER BY u.name))[1:" + DIGEST_NAMES + "] AS names" + laggards
                        + " AND u.parent_code IS NOT NULL GROUP BY u.parent_code) g"
                        + " JOIN unit_node p ON p.code = g.parent_code",
                Map.of("campaign", code, "keyPrefix", NoticeKind.CAMPAIGN_DIGEST + "|" + code + "|", "keySuffix",
                        "|" + due.get(),
                        "afterCount", NoticeTexts.digestAfterCount(code, campaign.deadline, today),
                        "link", NoticeTexts.laggardsLink(code))),
                now);
        em.createNativeQuery("UPDATE reminder_run SET reminded = ?3, digests = ?4 WHERE campaign_code = ?1"
                + " AND due_on = ?2").setParameter(1, code).setParameter(2, due.get()).setParameter(3, reminded)
                .setParameter(4, digests).executeUpdate();
        return Optional.of(new Outcome(code, due.get(), reminded, digests, (System.nanoTime() - started) / 1_000_000));
    }
}
