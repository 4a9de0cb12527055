package io.loopwise.sandbox.service;

import io.loopwise.engine.ExceptionInfo;
import io.loopwise.engine.LimitInfo;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.RunStats;
import io.loopwise.engine.RunStatus;
import io.loopwise.engine.timeline.Timeline;
import io.loopwise.sandbox.SandboxConfig;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Turns one program into one isolated Mutiny pipeline: the engine call is subscribed on the learner-code executor
 * ({@code runSubscriptionOn}), guarded by a wall-clock deadline ({@code ifNoItem().after(...)}) that cancels the
 * interpreter cooperatively through its own {@link RunControl}, and every way it can go wrong becomes a run result.
 * The only failure that leaves the pipeline is {@link SandboxBusyException}: the bulkhead refused the run.
 * Nothing is shared between runs but the executor.
 *
 * <p>Short programs must not wait behind busy loops, so a run first gets at most {@code probeSteps} steps on the
 * main threads. A program that runs out of them (but was allowed more) is run again from the start on the small
 * heavy lane with its full limits and the wall-clock time it has left. Programs are deterministic, so the second
 * run's result is the one a single run would have produced; the first slice is the price (milliseconds).
 */
@ApplicationScoped
public class RunPipeline {

    private final Executor executor;
    private final Executor heavy;
    private final long probeSteps;
    private final Duration grace;
    private final ProgramRunner runner;

    @Inject
    public RunPipeline(LearnerCodeExecutor executor, SandboxConfig config) {
        this(executor.executor(), executor.heavyExecutor(), config.executor().probeSteps(),
                config.executor().grace(), ProgramRunner.ENGINE);
    }

    RunPipeline(Executor executor, Duration grace, ProgramRunner runner) {
        this(executor, executor, 0, grace, runner);
    }

    RunPipeline(Executor executor, Executor heavy, long probeSteps, Duration grace, ProgramRunner runner) {
        this.executor = executor;
        this.heavy = heavy;
        this.probeSteps = probeSteps;
        this.grace = grace;
        this.runner = runner;
    }

    public Uni<RunResult> execute(String code, RunLimits limits) {
        if (probeSteps <= 0 || limits.maxSteps() <= probeSteps) {
            return lane(executor, code, limits);
        }
        long started = System.nanoTime();
        return lane(executor, code, withSteps(limits, probeSteps, limits.maxWallMillis())).chain(first -> {
            if (!outOfSteps(first)) {
                return Uni.createFrom().item(first);
            }
            long left = limits.maxWallMillis() - (System.nanoTime() - started) / 1_000_000;
            if (left <= 0) {
                return Uni.createFrom().item(wallClockExceeded(Duration.ofMillis(limits.maxWallMillis())));
            }
            return lane(heavy, code, withSteps(limits, limits.maxSteps(), left));
        });
    }

    private Uni<RunResult> lane(Executor lane, String code, RunLimits limits) {
        RunControl control = new RunControl();
        Duration deadline = Duration.ofMillis(limits.maxWallMillis()).plus(grace);
        return Uni.createFrom().item(() -> runGuarded(code, limits, control))
                .runSubscriptionOn(lane)
                .ifNoItem().after(deadline).recoverWithItem(() -> {
                    // The engine missed its own wall-clock limit (or the run waited too long in the queue):
                    // tell it to stop at its next check so the thread is freed, and answer without it.
                    control.cancel();
                    return wallClockExceeded(deadline);
                })
                .onFailure(RejectedExecutionException.class).transform(SandboxBusyException::new);
    }

    private static boolean outOfSteps(RunResult result) {
        return result.status() == RunStatus.LIMIT_EXCEEDED && result.limit() != null
                && "steps".equals(result.limit().kind());
    }

    private static RunLimits withSteps(RunLimits l, long steps, long wallMillis) {
        return new RunLimits(steps, l.maxVirtualSeconds(), wallMillis, l.maxTasks(), l.maxMemoryBytes(),
                l.maxOutputBytes(), l.maxRecursionDepth(), l.maxSourceBytes());
    }

    private RunResult runGuarded(String code, RunLimits limits, RunControl control) {
        if (control.isCancelled()) {
            return wallClockExceeded(Duration.ofMillis(limits.maxWallMillis()).plus(grace));
        }
        try {
            RunResult result = runner.run(code, limits, control);
            return result != null ? result : internalError(new IllegalStateException("the engine returned no result"));
        } catch (StackOverflowError e) {
            return limitResult("recursion", "the program nested calls too deeply for the interpreter's stack");
        } catch (OutOfMemoryError e) {
            return limitResult("memory", "the program ran the service out of memory");
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return internalError(e);
        }
    }

    static RunResult wallClockExceeded(Duration deadline) {
        return limitResult("wall_time", "the run did not finish within " + deadline.toMillis()
                + " ms of real time and was stopped");
    }

    private static RunResult limitResult(String kind, String message) {
        return new RunResult(RunStatus.LIMIT_EXCEEDED, "", null, new LimitInfo(kind, message, null), 0.0,
                new RunStats(0, 0, 0), new Timeline(List.of(), List.of()), List.of());
    }

    private static RunResult internalError(Throwable e) {
        Log.errorf(e, "the engine failed on a program");
        ExceptionInfo info = new ExceptionInfo("SystemError", "the interpreter failed on this program: " + e,
                "SystemError: the interpreter failed on this program", null, null, null);
        return new RunResult(RunStatus.FAILED, "", info, null, 0.0, new RunStats(0, 0, 0),
                new Timeline(List.of(), List.of()), List.of());
    }
}
