package io.loopwise.engine;

import io.loopwise.engine.timeline.Timeline;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one Python asyncio program in virtual time, as CPython 3.12 would; stateless, thread-safe, never throws.
 *
 * <p>The pipeline: {@link io.loopwise.engine.syntax.Lexer}/{@link io.loopwise.engine.syntax.Parser} build the
 * {@link io.loopwise.engine.ast AST}; {@link io.loopwise.engine.compiler.Compiler} resolves scopes and emits a
 * {@link io.loopwise.engine.compiler.CodeObject} (one int per instruction, a handler per instruction);
 * {@link io.loopwise.engine.vm.Interpreter} executes heap {@code Frame}s with their own operand stacks.
 * Values are {@code Py*} objects of {@link io.loopwise.engine.runtime}; builtin types are immutable and shared,
 * everything mutable belongs to the run's {@link io.loopwise.engine.runtime.RunContext}.
 *
 * <p>A coroutine suspends at an {@code await} by returning from the interpreter loop with its pc and stack
 * saved in its frame ({@link io.loopwise.engine.vm.PyGenerator}); the asyncio event loop
 * ({@link io.loopwise.engine.asyncio}) resumes it with {@code send}/{@code throwInto}, so thousands of tasks need
 * no thread. Time is the run's {@link io.loopwise.engine.runtime.VirtualClock}: the loop jumps it to the next
 * timer when nothing is ready.
 *
 * <p>Each run executes on a pooled thread with a {@value #STACK_BYTES}-byte stack, so Python recursion up to
 * {@link RunLimits#CEILING}'s depth can never overflow the Java stack (a RecursionError is raised first).
 */
public final class Engine {
    public static final String VERSION = "0.1.0";
    /**
     * Java stack a run needs: deep enough for {@link RunLimits#CEILING}'s recursion depth with room for nested
     * native calls (key functions, __repr__, __eq__ calling back into Python). Reserved, not committed, by the JVM.
     */
    public static final long STACK_BYTES = 256L << 20;
    private static final long GRACE_MILLIS = 5_000;
    private static final ExecutorService RUNNERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "loopwise-run", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    private Engine() {
    }

    public static RunResult run(String source, RunLimits limits, RunControl control) {
        long start = System.nanoTime();
        try {
            RunLimits effective = (limits == null ? RunLimits.DEFAULTS : limits).cappedBy(RunLimits.CEILING);
            RunControl ctl = control == null ? new RunControl() : control;
            String src = source == null ? "" : source;
            Future<RunResult> f = RUNNERS.submit(() -> safely(src, effective, ctl));
            try {
                return f.get(effective.maxWallMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                ctl.cancel();
                return f.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return internal("cancelled", "the calling thread was interrupted", start);
        } catch (ExecutionException | TimeoutException | RuntimeException | Error e) {
            return internal("wall_time", "the run did not finish: " + e, start);
        }
    }

    /**
     * Same as {@link #run} but on the calling thread, for callers that already run programs on their own bounded
     * executor. The caller must provide a thread stack of at least {@link #STACK_BYTES} bytes. Never throws.
     */
    public static RunResult runOnCurrentThread(String source, RunLimits limits, RunControl control) {
        RunLimits effective = (limits == null ? RunLimits.DEFAULTS : limits).cappedBy(RunLimits.CEILING);
        return safely(source == null ? "" : source, effective, control == null ? new RunControl() : control);
    }

    private static RunResult safely(String source, RunLimits limits, RunControl control) {
        long start = System.nanoTime();
        try {
            return ProgramRun.execute(source, limits, control);
        } catch (StackOverflowError e) {
            return internal("recursion", "the program recursed too deeply", start);
        } catch (OutOfMemoryError e) {
            return internal("memory", "the program ran out of memory", start);
        } catch (RuntimeException | Error e) {
            if (Boolean.getBoolean("loopwise.debug")) {
                e.printStackTrace();
            }
            ExceptionInfo info = new ExceptionInfo("SystemError", "internal interpreter error: " + e, null, null, null,
                    null);
            return new RunResult(RunStatus.FAILED, "", info, null, 0.0, new RunStats(0, 0,
                    ProgramRun.micros(start)), new Timeline(List.of(), List.of()), List.of());
        }
    }

    private static RunResult internal(String kind, String message, long start) {
        return new RunResult(RunStatus.LIMIT_EXCEEDED, "", null, new LimitInfo(kind, message, null), 0.0,
                new RunStats(0, 0, ProgramRun.micros(start)), new Timeline(List.of(), List.of()), List.of());
    }
}
