package vn.tusoi.aggregation.read;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;

import vn.tusoi.aggregation.rollup.RollupsChanged;
import vn.tusoi.aggregation.rollup.UnitRollup;

/** Hands every committed roll-up change to the open server-sent event streams that follow its campaign and unit. */
@ApplicationScoped
public class RollupStream {

    private final BroadcastProcessor<UnitRollup> changes = BroadcastProcessor.create();

    // after the read cache holds the changed roll-ups (priority 1): a stream opening now reads them as they are
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(2) RollupsChanged changed) {
        changed.rollups().forEach(changes::onNext);
    }

    /**
     * The roll-up of this campaign at this unit as {@code current} reads it, then each change. The changes are
     * followed before {@code current} is read, so that none committed in between is missed (one may come twice). If
     * {@code current} fails (not found, not in the caller's scope), so does this, and nothing is left following.
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
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(now), later);
    }
}
