package io.loopwise.sandbox.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness follows the bulkhead: DOWN exactly while every thread is busy and the queue is full. */
class ExecutorReadinessTest {

    @Test
    void readinessIsDownWhileTheExecutorIsSaturatedAndUpAgainAfterwards() throws Exception {
        LearnerCodeExecutor executor = new LearnerCodeExecutor(1, 1, 1, 1, 1 << 20);
        ExecutorReadiness readiness = new ExecutorReadiness(executor);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());

            // given one run executing and one waiting
            executor.executor().execute(() -> {
                started.countDown();
                await(release);
            });
            executor.executor().execute(() -> await(release));
            assertTrue(started.await(5, TimeUnit.SECONDS));

            // then the service says it is not ready for more
            HealthCheckResponse saturated = readiness.call();
            assertEquals(HealthCheckResponse.Status.DOWN, saturated.getStatus());
            assertEquals(true, saturated.getData().orElseThrow().get("saturated"));

            // and when they finish, it is ready again
            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (readiness.call().getStatus() != HealthCheckResponse.Status.UP && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
        } finally {
            release.countDown();
            executor.shutdown();
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
