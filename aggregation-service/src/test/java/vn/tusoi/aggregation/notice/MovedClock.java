package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The notices' clock as a test sets it (installed with QuarkusMock): runs decide on the day the test says. */
class MovedClock extends NoticeClock {

    private volatile Instant now;

    MovedClock(Instant now) {
        this.now = now;
    }

    /** 09:00 in Hà Nội on the day. */
    static Instant morningOf(LocalDate day) {
        return day.atTime(2, 0).toInstant(ZoneOffset.UTC);
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant now() {
        return now;
    }
}
