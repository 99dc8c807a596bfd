package vn.tusoi.aggregation.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** No e-mail between 22:00 and 06:00 in Hà Nội: one decided then leaves at 06:00. */
class QuietHoursTest {

    private final QuietHours hours = new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void theNightWaitsForSixInTheMorningLocalTime() {
        // 23:30 in Hà Nội is 16:30 UTC; 06:00 the next day is 23:00 UTC
        assertEquals(Instant.parse("2026-12-04T23:00:00Z"), hours.firstSendable(Instant.parse("2026-12-04T16:30:00Z")));
        // 05:59 is still night; 06:00 and the day are not
        assertEquals(Instant.parse("2026-12-04T23:00:00Z"), hours.firstSendable(Instant.parse("2026-12-04T22:59:00Z")));
        assertEquals(Instant.parse("2026-12-04T23:00:00Z"), hours.firstSendable(Instant.parse("2026-12-04T23:00:00Z")));
        assertEquals(Instant.parse("2026-12-04T08:00:00Z"), hours.firstSendable(Instant.parse("2026-12-04T08:00:00Z")));
        // 22:00 sharp is night
        assertEquals(Instant.parse("2026-12-04T23:00:00Z"), hours.firstSendable(Instant.parse("2026-12-04T15:00:00Z")));
    }

    @Test
    void equalStartAndEndMeanNoQuietHours() {
        QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneId.of("Asia/Ho_Chi_Minh"));
        assertEquals(Instant.parse("2026-12-04T16:30:00Z"), none.firstSendable(Instant.parse("2026-12-04T16:30:00Z")));
    }
}
