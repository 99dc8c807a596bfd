package vn.tusoi.aggregation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

import vn.tusoi.aggregation.rest.ProgressView;

/** Hands every committed roll-up change to the open server-sent event streams that follow its campaign and unit. */
@ApplicationScoped
public class RollupStream {

    private final BroadcastProcessor<ProgressView> changes = BroadcastProcessor.create();

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RollupsChanged changed) {
        changed.rollups().forEach(changes::onNext);
    }

    /** The roll-ups of this campaign at this unit, from now on, as they change. */
    public Multi<ProgressView> of(String campaignCode, String unitCode) {
        return changes.filter(view -> view.campaignCode().equals(campaignCode) && view.unitCode().equals(unitCode));
    }
}
