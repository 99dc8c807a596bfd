package vn.tusoi.aggregation.read;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;

import vn.tusoi.aggregation.rollup.UnitRollup;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Hands every committed roll-up change, from this replica or another (through the {@code rollup} topic), to the
 * open server-sent event streams that follow its campaign and unit. A stream ends when the token it was opened with
 * expires (the caller opens it again with a fresh one), holds at most {@code rollups.streams.queue} changes for a
 * slow reader (past that the reader is dropped, not buffered without end), and a caller holds at most
 * {@code rollups.streams.per-caller} streams at once.
 */
@ApplicationScoped
public class RollupStream {

    private final BroadcastProcessor<UnitRollup> changes = BroadcastProcessor.create();
    private final Map<String, Integer> openByCaller = new ConcurrentHashMap<>();
    private final StreamConfig config;

    public RollupStream(StreamConfig config) {
        this.config = config;
    }

    /** A committed roll-up, whichever replica committed it ({@link RollupFeed}). */
    void publish(UnitRollup rollup) {
        changes.onNext(rollup);
    }

    /**
     * The roll-up of this campaign at this unit as {@code current} reads it, then each change, until {@code until}
     * (when the caller's token expires; null: no end).
     * The changes are followed before {@code current} is read, so that none committed in between is missed (one may
     * come twice). If {@code current} fails (not found, not in the caller's scope), so does this, and nothing is left
     * following. A change older than the one last sent (the feed behind the database {@code current} read) is not
     * sent. A caller over its number of streams is refused with a 429.
     */
    public Multi<UnitRollup> follow(String campaignCode, String unitCode, Supplier<UnitRollup> current,
            String caller, Instant until) {
        if (openByCaller.merge(caller, 1, Integer::sum) > config.perCaller()) {
            closed(caller);
            throw RuleViolation.rateLimited("at most " + config.perCaller() + " live streams at once: close one first",
                    5);
        }
        AtomicReference<Cancellable> following = new AtomicReference<>();
        Runnable stop = () -> {
            Cancellable cancellable = following.get();
            if (cancellable != null) {
                cancellable.cancel();
            }
        };
        UnicastProcessor<UnitRollup> later = UnicastProcessor.create(new ArrayBlockingQueue<>(config.queue()), stop);
        following.set(changes.filter(view -> view.campaignCode().equals(campaignCode)
                && view.unitCode().equals(unitCode)).subscribe().with(later::onNext));
        UnitRollup now;
        try {
            now = current.get();
        } catch (RuntimeException e) {
            stop.run();
            closed(caller);
            throw e;
        }
        AtomicReference<UnitRollup> sent = new AtomicReference<>(now);
        Multi<UnitRollup> stream = Multi.createBy().concatenating().streams(Multi.createFrom().item(now),
                later.filter(next -> RollupCache.newer(next, sent.get())).invoke(sent::set));
        if (until != null) {
            Duration left = Duration.between(Instant.now(), until);
            stream = stream.select().first(left.isNegative() ? Duration.ZERO : left);
        }
        return stream.onTermination().invoke(() -> {
            stop.run();
            closed(caller);
        });
    }

    private void closed(String caller) {
        openByCaller.computeIfPresent(caller, (name, open) -> open > 1 ? open - 1 : null);
    }
}
