package vn.tusoi.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescingRunnerTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private final CoalescingRunner runner = new CoalescingRunner("test-runner", () -> {
        if (runs.incrementAndGet() == 1) {
            firstStarted.countDown();
            await(releaseFirst);
        }
    });

    @AfterEach
    void shutdown() {
        releaseFirst.countDown();
        runner.shutdown();
    }

    @Test
    void requestsDuringARunCoalesceIntoOneMore() throws InterruptedException {
        runner.request();
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS), "the first run did not start");
        for (int i = 0; i < 20; i++) {
            runner.request();
        }
        releaseFirst.countDown();
        awaitRuns(2);
        Thread.sleep(300);
        assertEquals(2, runs.get(), "twenty requests during a run");
    }

    @Test
    void aRequestAfterTheQueuedRunStartedGetsARunOfItsOwn() throws InterruptedException {
        runner.request();
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS), "the first run did not start");
        runner.request();
        releaseFirst.countDown();
        awaitRuns(2);
        runner.request();
        awaitRuns(3);
        assertEquals(3, runs.get(), "a request after the second run began was lost");
    }

    /** Until at least {@code count} runs have started, for a loaded machine's late threads. */
    private void awaitRuns(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runs.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
