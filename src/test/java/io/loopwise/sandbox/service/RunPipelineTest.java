package io.loopwise.sandbox.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.RunStats;
import io.loopwise.engine.RunStatus;
import io.loopwise.engine.timeline.Timeline;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run pipeline's isolation guarantees, independent of what the interpreter can run: learner code executes only
 * on the learner-code threads, the wall-clock backstop cancels a run that ignores its own limit and frees the thread,
 * the bulkhead refuses overflow, and an interpreter crash becomes a run result.
 */
class RunPipelineTest {

    private static final RunLimits FAST = new RunLimits(1000, 10, 100, 10, 1 << 20, 1 << 10, 50, 1 << 10);
    private final LearnerCodeExecutor executor = new LearnerCodeExecutor(1, 1, 1, 1, 1 << 20);

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void aProgramThatOverrunsItsWallClockIsCancelledAndItsThreadFreedForTheNextRun() throws Exception {
        // given a "program" that spins until it is cancelled, like `while True: pass` in an interpreter whose own
        // wall-clock check failed
        CountDownLatch stopped = new CountDownLatch(1);
        ProgramRunner spinner = (code, limits, control) -> {
            while (!control.isCancelled()) {
                Thread.onSpinWait();
            }
            stopped.countDown();
            return completed("never seen");
        };
        RunPipeline pipeline = new RunPipeline(executor.executor(), Duration.ofMillis(50), spinner);

        // when it runs with a 100 ms wall-clock limit
        RunResult result = pipeline.execute("while True: pass", FAST)
                .subscribe().withSubscriber(UniAssertSubscriber.create())
                .awaitItem(Duration.ofSeconds(5)).getItem();

        // then the pipeline answers with a wall_time limit, the interpreter was told to stop and its thread is free
        assertEquals(RunStatus.LIMIT_EXCEEDED, result.status());
        assertEquals("wall_time", result.limit().kind());
        assertTrue(stopped.await(5, TimeUnit.SECONDS), "the spinning run saw the cancellation");
        awaitIdle();
        RunResult next = new RunPipeline(executor.executor(), Duration.ofMillis(50), (c, l, ctl) -> completed("ok\n"))
                .execute("print('ok')", FAST).await().atMost(Duration.ofSeconds(5));
        assertEquals("ok\n", next.stdout());
    }

    @Test
    void learnerCodeRunsOnTheLearnerCodeThreadsOnly() {
        AtomicReference<String> thread = new AtomicReference<>();
        RunPipeline pipeline = new RunPipeline(executor.executor(), Duration.ofMillis(50), (code, limits, control) -> {
            thread.set(Thread.currentThread().getName());
            return completed("");
        });

        pipeline.execute("pass", FAST).await().atMost(Duration.ofSeconds(5));

        assertTrue(thread.get().startsWith("learner-code-"), thread.get());
        assertNotEquals(Thread.currentThread().getName(), thread.get());
    }

    @Test
    void pastTheThreadsAndTheQueueARunIsRefusedAsBusy() throws Exception {
        // given one thread busy and the one queue slot taken
        CountDownLatch release = new CountDownLatch(1);
        ProgramRunner blocked = (code, limits, control) -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return completed("");
        };
        RunPipeline pipeline = new RunPipeline(executor.executor(), Duration.ofSeconds(5), blocked);
        var first = pipeline.execute("a", FAST).subscribe().withSubscriber(UniAssertSubscriber.create());
        var second = pipeline.execute("b", FAST).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertTrue(executor.saturated());

        // when a third run arrives, then it is refused at once
        var third = pipeline.execute("c", FAST).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertInstanceOf(SandboxBusyException.class, third.awaitFailure(Duration.ofSeconds(1)).getFailure());

        // and the accepted ones still complete
        release.countDown();
        first.awaitItem(Duration.ofSeconds(5));
        second.awaitItem(Duration.ofSeconds(5));
    }

    @Test
    void anInterpreterCrashBecomesAFailedRunNotAnError() {
        RunPipeline pipeline = new RunPipeline(executor.executor(), Duration.ofMillis(50), (code, limits, control) -> {
            throw new IllegalStateException("bug in the VM");
        });

        RunResult result = pipeline.execute("x", FAST).await().atMost(Duration.ofSeconds(5));

        assertEquals(RunStatus.FAILED, result.status());
        assertEquals("SystemError", result.exception().type());
    }

    @Test
    void aJavaStackOverflowInTheInterpreterBecomesARecursionLimit() {
        RunPipeline pipeline = new RunPipeline(executor.executor(), Duration.ofMillis(500),
                (code, limits, control) -> recurse(0));

        RunResult result = pipeline.execute("def f(): f()", FAST).await().atMost(Duration.ofSeconds(5));

        assertEquals("recursion", result.limit().kind());
    }

    @Test
    void aProgramThatOutgrowsItsFirstSliceIsRunAgainOnTheHeavyLaneAndShortOnesRunOnce() {
        // given a "program" that needs 5,000 steps, and short programs that need none
        List<String> lanes = new java.util.concurrent.CopyOnWriteArrayList<>();
        ProgramRunner needs5000 = (code, limits, control) -> {
            lanes.add(Thread.currentThread().getName() + " " + limits.maxSteps());
            return code.equals("long") && limits.maxSteps() < 5000 ? outOfSteps(limits.maxSteps()) : completed(code);
        };
        RunPipeline pipeline = new RunPipeline(executor.executor(), executor.heavyExecutor(), 100,
                Duration.ofMillis(500), needs5000);

        // when the long one runs with 10,000 steps allowed, then its first slice ran out and the heavy lane finished it
        RunResult result = pipeline.execute("long", withSteps(10_000)).await().atMost(Duration.ofSeconds(5));
        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(List.of("learner-code-1 100", "learner-code-heavy-1 10000"), lanes);

        // and a long program allowed fewer steps than it needs still ends out of steps, with its own limit
        lanes.clear();
        RunResult capped = pipeline.execute("long", withSteps(1000)).await().atMost(Duration.ofSeconds(5));
        assertEquals("steps", capped.limit().kind());
        assertEquals(List.of("learner-code-1 100", "learner-code-heavy-1 1000"), lanes);

        // and a short program runs once, on the main threads
        lanes.clear();
        pipeline.execute("short", withSteps(10_000)).await().atMost(Duration.ofSeconds(5));
        assertEquals(List.of("learner-code-1 100"), lanes);
    }

    @Test
    void stackSizesAreReadWithUnits() {
        assertEquals(256L << 20, LearnerCodeExecutor.parseSize("256M"));
        assertEquals(512L << 10, LearnerCodeExecutor.parseSize("512k"));
        assertEquals(1L << 30, LearnerCodeExecutor.parseSize("1g"));
        assertEquals(4096, LearnerCodeExecutor.parseSize("4096"));
        assertThrows(IllegalArgumentException.class, () -> LearnerCodeExecutor.parseSize("lots"));
    }

    private static RunResult recurse(int depth) {
        return depth < 0 ? null : recurse(depth + 1);
    }

    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (executor.active() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, executor.active(), "the learner-code thread is free again");
    }

    private static RunLimits withSteps(long steps) {
        return new RunLimits(steps, 10, 1000, 10, 1 << 20, 1 << 10, 50, 1 << 10);
    }

    private static RunResult outOfSteps(long steps) {
        return new RunResult(RunStatus.LIMIT_EXCEEDED, "", null,
                new io.loopwise.engine.LimitInfo("steps", "step limit of " + steps + " exceeded", 1), 0.0,
                new RunStats(steps, 0, 1), new Timeline(List.of(), List.of()), List.of());
    }

    private static RunResult completed(String stdout) {
        return new RunResult(RunStatus.COMPLETED, stdout, null, null, 0.0, new RunStats(1, 0, 1),
                new Timeline(List.of(), List.of()), List.of());
    }
}
