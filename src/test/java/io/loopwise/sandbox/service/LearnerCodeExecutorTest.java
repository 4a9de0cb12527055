package io.loopwise.sandbox.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bulkhead admits exactly threads + queue runs, however fast they arrive. */
class LearnerCodeExecutorTest {

    @Test
    void runsArrivingBackToBackUpToCapacityAreNeverRefused() throws Exception {
        // given one thread and one queue slot
        LearnerCodeExecutor executor = new LearnerCodeExecutor(1, 1, 1, 1, 1 << 20);
        try {
            for (int round = 0; round < 500; round++) {
                CountDownLatch done = new CountDownLatch(2);
                // when two runs arrive back to back (a bounded work queue alone refused the second one now and then,
                // because the idle worker had not yet taken the first)
                executor.executor().execute(done::countDown);
                executor.executor().execute(done::countDown);
                // then both are accepted and both run
                assertTrue(done.await(5, TimeUnit.SECONDS), "round " + round);
                waitUntilIdle(executor);
            }
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void theRunPastThreadsAndQueueIsRefusedAndAdmittedAgainOnceOneFinishes() throws Exception {
        // given one thread busy and the queue slot taken
        LearnerCodeExecutor executor = new LearnerCodeExecutor(1, 1, 1, 1, 1 << 20);
        CountDownLatch release = new CountDownLatch(1);
        try {
            executor.executor().execute(() -> await(release));
            executor.executor().execute(() -> await(release));

            // when a third arrives, then it is refused
            assertThrows(RejectedExecutionException.class, () -> executor.executor().execute(() -> { }));

            // and once the two finish, a new run is admitted and runs
            release.countDown();
            waitUntilIdle(executor);
            CountDownLatch ran = new CountDownLatch(1);
            executor.executor().execute(ran::countDown);
            assertTrue(ran.await(5, TimeUnit.SECONDS));
            assertEquals(1, executor.threads());
        } finally {
            release.countDown();
            executor.shutdown();
        }
    }

    private static void waitUntilIdle(LearnerCodeExecutor executor) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (executor.saturated() || executor.active() > 0 || executor.queued() > 0) {
            assertTrue(System.nanoTime() < deadline, "executor did not become idle");
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
