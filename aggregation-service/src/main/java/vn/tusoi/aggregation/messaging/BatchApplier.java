package vn.tusoi.aggregation.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import vn.tusoi.aggregation.event.EventBatch;
import vn.tusoi.aggregation.service.RollupEngine;

/**
 * Applies a batch in one transaction; a failed transaction (a deadlock, a lost connection) is retried a few times,
 * then the failure is the caller's (the live consumer stops and its readiness check goes down; a rebuild fails).
 */
@ApplicationScoped
public class BatchApplier {

    static final int ATTEMPTS = 3;

    private final RollupEngine engine;

    public BatchApplier(RollupEngine engine) {
        this.engine = engine;
    }

    public void apply(EventBatch batch) {
        for (int attempt = 1;; attempt++) {
            try {
                engine.apply(batch);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Log.warnf("applying a batch of %d events failed (attempt %d of %d): %s", batch.size(), attempt,
                        ATTEMPTS, e.getMessage());
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
