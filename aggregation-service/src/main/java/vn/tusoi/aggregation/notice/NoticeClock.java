package vn.tusoi.aggregation.notice;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/** The time notices are decided and sent by: the system's, or one a test moves. */
@ApplicationScoped
public class NoticeClock {

    private final Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }
}
