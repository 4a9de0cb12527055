package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.LimitExceeded;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.VirtualClock;
import io.loopwise.engine.timeline.Timeline;
import io.loopwise.engine.timeline.TimelineRecorder;
import java.util.ArrayList;
import java.util.List;

/**
 * The asyncio state of one run, attached to its {@link RunContext}: the timeline recorder, the running and the
 * current event loop, the current task, the {@code Task-N} name counter (one per program, as CPython's
 * {@code tasks._task_name_counter}), the live-task limit, and the futures whose exception may never be retrieved.
 * {@link #begin} and {@link #finish} are the engine's entry points around a run.
 */
public final class AsyncioContext {
    private static final Object KEY = AsyncioContext.class;

    final RunContext ctx;
    final VirtualClock clock;
    final TimelineRecorder recorder = new TimelineRecorder();
    EventLoop runningLoop;
    EventLoop eventLoop;
    /** Whether set_event_loop was ever called (asyncio.run and Runner do): get_event_loop then stops creating. */
    boolean eventLoopSetCalled;
    PyTask currentTask;
    /** Seconds slept by the executor function being run, or -1 outside one (see {@link Threads}). */
    double threadElapsed = -1;
    private int nameCounter;
    private int liveTasks;
    /**
     * The tasks not yet done, in creation order. A done task leaves at once: CPython's task registry is a weak set,
     * so it keeps no task alive, and the generator finaliser's reachability walk must not see done tasks through it.
     */
    private final java.util.LinkedHashSet<PyTask> tasks = new java.util.LinkedHashSet<>();
    private final List<PyFuture> failedFutures = new ArrayList<>();
    /** Messages the loop's default exception handler would have logged to stderr. */
    final List<String> loopErrors = new ArrayList<>();

    private AsyncioContext(RunContext ctx) {
        this.ctx = ctx;
        this.clock = ctx.clock();
        ctx.setPrintObserver(this::recordPrint);
        ctx.setAsyncGenFirstIterHook(gen -> {
            if (runningLoop != null) {
                runningLoop.asyncgens.add(gen);
            }
        });
    }

    /** The asyncio state of {@code ctx}, created on first use. */
    public static AsyncioContext of(RunContext ctx) {
        return ctx.attachment(KEY, () -> new AsyncioContext(ctx));
    }

    /** Engine entry point at the start of a run: installs the print observer so prints are on the timeline. */
    public static void begin(RunContext ctx) {
        of(ctx);
    }

    /** Engine entry point at the end of a run: adds the never-retrieved exception warnings. */
    public static void finish(RunContext ctx) {
        of(ctx).reportUnretrieved();
    }

    /**
     * CPython's {@code _asyncgen_finalizer_hook}, for the interpreter to call when an async generator that was
     * iterated in a loop becomes unreachable unfinished (e.g. an {@code async for} over {@code agen()} left by
     * {@code break}): the loop forgets it and, on its next iteration, creates a task running {@code aclose()}.
     */
    public static void asyncGenFinalized(RunContext ctx, io.loopwise.engine.runtime.PyObject gen) {
        AsyncioContext actx = of(ctx);
        EventLoop loop = actx.runningLoop;
        if (loop == null || !loop.asyncgens.remove(gen) || loop.isClosed()) {
            return;
        }
        io.loopwise.engine.runtime.PyObject closer = io.loopwise.engine.runtime.Calls.callMethod(ctx, gen, "aclose");
        loop.callSoon(() -> new PyTask(loop, closer, null));
    }

    /** The timeline of the run so far (tasks still alive are "pending"). */
    public static Timeline timeline(RunContext ctx) {
        AsyncioContext a = of(ctx);
        return a.recorder.build(a.clock.now());
    }

    /** Number of asyncio Tasks created during the run (hidden ones included). */
    public static int tasksCreated(RunContext ctx) {
        return of(ctx).recorder.taskCount();
    }

    public RunContext runContext() {
        return ctx;
    }

    /**
     * The time the program reads: the virtual clock, plus what the executor function being run (to_thread,
     * run_in_executor) has slept on its private thread clock.
     */
    public double now() {
        return threadElapsed < 0 ? clock.now() : clock.now() + threadElapsed;
    }

    /** {@code time.sleep}: blocks the loop (advances the clock), or advances the running thread's own clock. */
    void blockingSleep(double seconds) {
        if (threadElapsed >= 0) {
            threadElapsed += seconds;
            return;
        }
        recorder.blockingSleep(clock.now(), currentTask == null ? null : currentTask.name(), seconds);
        clock.advanceBy(seconds);
    }

    /** CPython's {@code events.get_running_loop()}: a RuntimeError outside a running loop. */
    EventLoop runningLoop() {
        if (runningLoop == null) {
            throw io.loopwise.engine.runtime.PyException.runtimeError("no running event loop");
        }
        return runningLoop;
    }

    String nextTaskName() {
        return "Task-" + (++nameCounter);
    }

    /** Registers a new task; ends the run when more than {@code maxTasks} tasks would be alive at once. */
    int register(PyTask task, String name, String coroutine) {
        if (liveTasks >= ctx.limits().maxTasks()) {
            throw new LimitExceeded("tasks", "task limit of " + ctx.limits().maxTasks()
                    + " live tasks exceeded (creating " + name + ")");
        }
        liveTasks++;
        tasks.add(task);
        return recorder.taskCreated(name, clock.now(), coroutine);
    }

    void unregister(PyTask task) {
        liveTasks--;
        tasks.remove(task);
    }

    /** The tasks of {@code loop} that are not done, in creation order (CPython's set order is address-based). */
    List<PyTask> pendingTasks(EventLoop loop) {
        List<PyTask> out = new ArrayList<>();
        for (PyTask t : tasks) {
            if (!t.done() && t.loop == loop) {
                out.add(t);
            }
        }
        return out;
    }

    void futureFailed(PyFuture f) {
        failedFutures.add(f);
    }

    private void recordPrint(String text) {
        // An executor "thread" runs outside every task, as in the corpus runner.
        boolean inTask = currentTask != null && threadElapsed < 0;
        recorder.print(now(), inTask ? currentTask.name() : null, text);
    }

    private void reportUnretrieved() {
        for (PyFuture f : failedFutures) {
            if (f.logTraceback) {
                f.logTraceback = false;
                String exc;
                try {
                    exc = Protocols.repr(ctx, f.exceptionValue());
                } catch (io.loopwise.engine.runtime.PyException | LimitExceeded e) {
                    exc = f.exceptionValue().type().name() + "()";
                }
                if (f instanceof PyTask t) {
                    ctx.warn("Task exception was never retrieved: " + t.name() + ": " + exc);
                } else {
                    ctx.warn("Future exception was never retrieved: " + exc);
                }
            }
        }
        failedFutures.clear();
    }

    /** One line per waiting task for a deadlock report: "Task-2 waits on lock". */
    String describeWaiting() {
        StringBuilder sb = new StringBuilder();
        for (PyTask t : tasks) {
            if (!t.done()) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(t.name()).append(" waits on ").append(t.waitingOn());
            }
        }
        return sb.toString();
    }
}
