package vn.tusoi.aggregation.read;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;

import vn.tusoi.aggregation.rollup.UnitRollup;

/**
 * Hands every committed roll-up change, from this replica or another (through the {@code rollup} topic), to the
 * open server-sent event streams that follow its campaign and unit.
 */
@ApplicationScoped
public class RollupStream {

    private final BroadcastProcessor<UnitRollup> changes = BroadcastProcessor.create();

    /** A committed roll-up, whichever replica committed it ({@link RollupFeed}). */
    void publish(UnitRollup rollup) {
        changes.onNext(rollup);
    }

    /**
     * The roll-up of this campaign at this unit as {@code current} reads it, then each change. The changes are
     * followed before {@code current} is read, so that none committed in between is missed (one may come twice). If
     * {@code current} fails (not found, not in the caller's scope), so does this, and nothing is left following. A
     * change older than the one last sent (the feed behind the database {@code current} read) is not sent.
     */
    public Multi<UnitRollup> follow(String campaignCode, String unitCode, Supplier<UnitRollup> current) {
        AtomicReference<Cancellable> following = new AtomicReference<>();
        Runnable stop = () -> {
            Cancellable cancellable = following.get();
            if (cancellable != null) {
                cancellable.cancel();
            }
        };
        UnicastProcessor<UnitRollup> later = UnicastProcessor.create(new ConcurrentLinkedQueue<>(), stop);
        following.set(changes.filter(view -> view.campaignCode().equals(campaignCode)
                && view.unitCode().equals(unitCode)).subscribe().with(later::onNext));
        UnitRollup now;
        try {
            now = current.get();
        } catch (RuntimeException e) {
            stop.run();
            throw e;
        }
        AtomicReference<UnitRollup> sent = new AtomicReference<>(now);
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(now),
                later.filter(next -> !RollupCache.older(next, sent.get())).invoke(sent::set));
    }
}
