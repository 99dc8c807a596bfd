package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * No e-mail in the deployment's quiet hours (22:00 to 06:00 in Asia/Ho_Chi_Minh unless configured): one decided then
 * waits for their end. The inbox shows the notice at once.
 */
@ApplicationScoped
public class QuietHours {

    private final LocalTime start;
    private final LocalTime end;
    private final ZoneId zone;

    public QuietHours(@ConfigProperty(name = "notices.quiet-hours.start", defaultValue = "22:00") LocalTime start,
            @ConfigProperty(name = "notices.quiet-hours.end", defaultValue = "06:00") LocalTime end,
            @ConfigProperty(name = "notices.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.start = start;
        this.end = end;
        this.zone = zone;
    }

    /** The first instant from {@code now} at which an e-mail may leave. */
    public Instant firstSendable(Instant now) {
        if (start.equals(end)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return now;
        }
        ZonedDateTime endToday = local.with(end);
        return (endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }
}
