package vn.tusoi.aggregation.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.UnitNode;
import vn.tusoi.aggregation.read.CampaignScope;
import vn.tusoi.platform.query.Timestamps;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Caller;

/**
 * "Remind now" on the laggards page: the units under a unit that have not held the campaign (read from the live
 * roll-up in this transaction), each reminded unless it was within the interval, whoever asked. The interval is kept
 * per unit in {@code reminder_mark}, taken by one upsert: of two officers reminding at the same instant, the second
 * waits for the first's row and finds it reminded.
 */
@ApplicationScoped
public class Reminders {

    public static final int MAX_UNITS = 5_000;

    private final EntityManager em;
    private final CampaignScope scope;
    private final Caller caller;
    private final NoticeBatch batch;
    private final NoticeClock clock;
    private final QuietHours quietHours;
    private final Duration interval;

    public Reminders(EntityManager em, CampaignScope scope, Caller caller, NoticeBatch batch,
            NoticeClock clock, QuietHours quietHours,
            @ConfigProperty(name = "notices.remind-interval", defaultValue = "PT24H") Duration interval) {
        this.em = em;
        this.scope = scope;
        this.caller = caller;
        this.batch = batch;
        this.clock = clock;
        this.quietHours = quietHours;
        this.interval = interval;
    }

    @Transactional
    public ReminderOutcome remindNow(String campaignCode, String unitCode, ReminderRequest request) {
        CampaignInfo campaign = scope.campaign(campaignCode);
        UnitNode sender = scope.unitUnder(campaign, unitCode);
        caller.requireCaptures(sender.code, sender.ancestors, "unitCode");
        if (campaign.isClosed()) {
            throw new RuleViolation(409, "campaign-closed", "campaignCode", "campaign " + campaignCode
                    + " is closed: its laggards are not reminded");
        }
        List<String> ticked = request.units() == null || request.units().isEmpty()
                ? null
                : List.copyOf(new HashSet<>(request.units()));
        Map<String, UnitNode> laggards = laggards(campaign.code, sender.code, ticked);
        List<String> notLaggards = ticked == null
                ? List.of()
                : ticked.stream().filter(code -> !laggards.containsKey(code)).sorted().toList();
        Instant now = clock.now();
        Set<String> granted = laggards.isEmpty() ? Set.of() : mark(campaign.code, laggards.keySet(), now);
        List<String> reminded = laggards.keySet().stream().filter(granted::contains).toList();
        if (!reminded.isEmpty()) {
            UnitNode issuer = em.find(UnitNode.class, campaign.issuingUnitCode);
            LocalDate today = now.atZone(quietHours.zone()).toLocalDate();
            batch.record(new NoticeBatch.Source(NoticeKind.CAMPAIGN_REMINDER,
                    NoticeTexts.reminderTitle(campaign.code), caller.name(),
                    "SELECT :keyPrefix || u.code || :keySuffix AS notice_key, u.code AS unit_code,"
                            + " CAST(:campaign AS varchar) AS campaign_code, CAST(NULL AS varchar) AS subject_ref,"
                            + " u.name || :afterName AS body, :link || u.code AS link"
                            + " FROM unit_node u WHERE u.code IN (:units)",
                    Map.of("campaign", campaign.code, "keyPrefix",
                            NoticeKind.CAMPAIGN_REMINDER + "|" + campaign.code + "|",
                            "keySuffix", "|" + now, "afterName", NoticeTexts.reminderAfterName(campaign.code,
                                    issuer == null ? null : issuer.name, campaign.deadline, today, sender.name,
                                    request.message()),
                            "link", NoticeTexts.REPORT_LINK, "units", reminded)),
                    now);
        }
        List<ReminderOutcome.Skipped> skipped = skipped(campaign.code, laggards.keySet(), granted);
        return new ReminderOutcome(reminded.size(), now, reminded, skipped, notLaggards);
    }

    /** The in-scope units under the unit that have not held the campaign, of the ticked ones if any. */
    private Map<String, UnitNode> laggards(String campaignCode, String unitCode, List<String> ticked) {
        String sql = "SELECT u.* FROM contribution c JOIN unit_node u ON u.code = c.unit_code"
                + " WHERE c.campaign_code = ?1 AND c.in_scope AND NOT c.held AND c.ancestors @> ARRAY[?2]::varchar[]"
                + (ticked == null ? "" : " AND c.unit_code IN (?3)") + " ORDER BY u.code";
        var query = em.createNativeQuery(sql, UnitNode.class).setParameter(1, campaignCode).setParameter(2, unitCode);
        if (ticked != null) {
            query.setParameter(3, ticked);
        }
        query.setMaxResults(MAX_UNITS + 1);
        @SuppressWarnings("unchecked")
        List<UnitNode> units = query.getResultList();
        if (units.size() > MAX_UNITS) {
            throw new RuleViolation(422, "too-many-laggards", "units", "more than " + MAX_UNITS
                    + " units to remind at once: remind those of each unit below " + unitCode);
        }
        Map<String, UnitNode> byCode = new LinkedHashMap<>();
        units.forEach(unit -> byCode.put(unit.code, unit));
        return byCode;
    }

    /** The units whose reminder mark was free (never reminded, or before the interval): now taken. */
    private Set<String> mark(String campaignCode, Set<String> units, Instant now) {
        @SuppressWarnings("unchecked")
        List<String> taken = em.createNativeQuery("INSERT INTO reminder_mark (campaign_code, unit_code, reminded_at)"
                + " SELECT ?1, code, ?3 FROM unit_node WHERE code IN (?2)"
                + " ON CONFLICT (campaign_code, unit_code) DO UPDATE SET reminded_at = excluded.reminded_at"
                + " WHERE reminder_mark.reminded_at <= ?4 RETURNING unit_code")
                .setParameter(1, campaignCode).setParameter(2, List.copyOf(units)).setParameter(3, now)
                .setParameter(4, now.minus(interval)).getResultList();
        return new HashSet<>(taken);
    }

    private List<ReminderOutcome.Skipped> skipped(String campaignCode, Set<String> laggards, Set<String> granted) {
        List<String> others = laggards.stream().filter(code -> !granted.contains(code)).sorted().toList();
        if (others.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT unit_code, reminded_at FROM reminder_mark"
                + " WHERE campaign_code = ?1 AND unit_code IN (?2) ORDER BY unit_code")
                .setParameter(1, campaignCode).setParameter(2, others).getResultList();
        return rows.stream().map(row -> new ReminderOutcome.Skipped((String) row[0], Timestamps.instant(row[1])))
                .toList();
    }
}
