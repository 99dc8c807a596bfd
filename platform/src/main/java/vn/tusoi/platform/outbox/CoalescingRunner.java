package vn.tusoi.platform.outbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one task on a thread of its own, at most once queued: requests while a run waits to start join that run, and
 * requests during a run coalesce into one more run after it.
 */
final class CoalescingRunner {

    private final Runnable task;
    private final ExecutorService thread;
    private final AtomicBoolean queued = new AtomicBoolean();

    CoalescingRunner(String threadName, Runnable task) {
        this.task = task;
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, threadName));
    }

    /** A run as soon as the thread is free, unless one is already queued. */
    void request() {
        if (queued.compareAndSet(false, true)) {
            thread.execute(() -> {
                queued.set(false);
                task.run();
            });
        }
    }

    void shutdown() {
        thread.shutdown();
    }
}
