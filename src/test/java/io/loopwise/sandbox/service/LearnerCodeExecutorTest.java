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

    @Test
    void theHeavyLaneRestsAfterEachRunSoLoopsGetOnlyTheirShareOfACore() throws Exception {
        // given a heavy lane of one thread allowed half of its time for programs
        LearnerCodeExecutor executor = new LearnerCodeExecutor(1, 1, 1, 4, 1 << 20, 0.5);
        try {
            long[] firstEnded = new long[1];
            long[] secondStarted = new long[1];
            CountDownLatch done = new CountDownLatch(1);

            // when a run of about 100 ms is followed at once by another
            executor.heavyExecutor().execute(() -> {
                sleep(100);
                firstEnded[0] = System.nanoTime();
            });
            executor.heavyExecutor().execute(() -> {
                secondStarted[0] = System.nanoTime();
                done.countDown();
            });

            // then the second starts only after the lane rested about as long as the first ran
            assertTrue(done.await(5, TimeUnit.SECONDS));
            long restedMillis = TimeUnit.NANOSECONDS.toMillis(secondStarted[0] - firstEnded[0]);
            assertTrue(restedMillis >= 90, "rested only " + restedMillis + " ms");
        } finally {
            executor.shutdown();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
