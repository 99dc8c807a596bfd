package vn.tusoi.aggregation.notice;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.tusoi.aggregation.ingest.CampaignInfo;
import vn.tusoi.aggregation.ingest.UnitNode;
import vn.tusoi.aggregation.read.CampaignScope;
import vn.tusoi.platform.security.Caller;

/** Each campaign's reminder schedule: set by the officers of its issuing unit, read by whoever may read that unit. */
@ApplicationScoped
public class ReminderSchedules {

    private final EntityManager em;
    private final CampaignScope scope;
    private final Caller caller;
    private final NoticeClock clock;
    private final ReminderSchedule defaults;

    public ReminderSchedules(EntityManager em, CampaignScope scope, Caller caller, NoticeClock clock,
            @ConfigProperty(name = "notices.schedule.days-before", defaultValue = "7,1") List<Integer> daysBefore,
            @ConfigProperty(name = "notices.schedule.every-days-after", defaultValue = "3") int everyDaysAfter,
            @ConfigProperty(name = "notices.schedule.times-after", defaultValue = "3") int timesAfter) {
        this.em = em;
        this.scope = scope;
        this.caller = caller;
        this.clock = clock;
        this.defaults = new ReminderSchedule(List.copyOf(daysBefore), everyDaysAfter, timesAfter, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReminderSchedule read(String campaignCode) {
        CampaignInfo campaign = scope.campaign(campaignCode);
        scope.readableUnder(campaign, campaign.issuingUnitCode);
        return of(campaign.code);
    }

    @Transactional
    public ReminderSchedule set(String campaignCode, ReminderSchedule schedule) {
        CampaignInfo campaign = scope.campaign(campaignCode);
        UnitNode issuer = scope.unitUnder(campaign, campaign.issuingUnitCode);
        caller.requireCaptures(issuer.code, issuer.ancestors, "campaignCode");
        em.createNativeQuery("INSERT INTO reminder_schedule (campaign_code, days_before, every_days_after,"
                + " times_after, set_by, set_at) VALUES (?1, CAST(?2 AS int[]), ?3, ?4, ?5, ?6)"
                + " ON CONFLICT (campaign_code) DO UPDATE SET days_before = excluded.days_before,"
                + " every_days_after = excluded.every_days_after, times_after = excluded.times_after,"
                + " set_by = excluded.set_by, set_at = excluded.set_at")
                .setParameter(1, campaign.code).setParameter(2, NoticeBatch.intArray(schedule.daysBefore()))
                .setParameter(3, schedule.everyDaysAfter()).setParameter(4, schedule.timesAfter())
                .setParameter(5, caller.name()).setParameter(6, clock.now()).executeUpdate();
        return of(campaign.code);
    }

    /** The campaign's schedule, or the defaults. */
    ReminderSchedule of(String campaignCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT CAST(days_before AS text), every_days_after, times_after"
                + " FROM reminder_schedule WHERE campaign_code = ?1").setParameter(1, campaignCode).getResultList();
        if (rows.isEmpty()) {
            return defaults;
        }
        Object[] row = rows.get(0);
        String days = ((String) row[0]).replaceAll("[{}]", "");
        List<Integer> before = days.isBlank()
                ? List.of()
                : java.util.Arrays.stream(days.split(",")).map(Integer::valueOf).toList();
        return new ReminderSchedule(before, ((Number) row[1]).intValue(), ((Number) row[2]).intValue(), true);
    }
}
