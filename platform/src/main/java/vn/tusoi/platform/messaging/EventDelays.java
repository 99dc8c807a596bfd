package vn.tusoi.platform.messaging;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The timers of an event's delays along its way (an outbox's wait, a record's send to its roll-up, the whole of a
 * roll-up's freshness): p50 and p99, and a histogram of the same buckets for each, 1 ms to 10 minutes, so that the
 * legs and the whole can be read side by side at any quantile.
 */
public final class EventDelays {

    private EventDelays() {
    }

    public static Timer timer(MeterRegistry registry, String name, String description) {
        return Timer.builder(name).description(description).publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10)).register(registry);
    }
}
