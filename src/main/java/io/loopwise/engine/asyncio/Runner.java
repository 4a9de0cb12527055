package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.LimitExceeded;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.List;

/**
 * {@code asyncio.run}, mirroring CPython 3.12's {@code runners.Runner}: a new loop, the main task, then at shutdown
 * every remaining task cancelled and run to its end (a gather with {@code return_exceptions=True}), then the two
 * hidden shutdown tasks ({@code shutdown_asyncgens}, {@code shutdown_default_executor}) that consume {@code Task-N}
 * names exactly as CPython's do, then the loop is closed.
 */
final class Runner {
    private Runner() {
    }

    /**
     * CPython's Python frames between a caller and the callbacks its loop runs, counted against the recursion
     * limit as CPython counts them: {@code run_until_complete}, {@code run_forever}, {@code _run_once} and
     * {@code Handle._run} ({@link #LOOP_FRAMES}); {@code asyncio.run} adds {@code run} and {@code Runner.run}.
     */
    static final int LOOP_FRAMES = 4;
    static final int RUN_FRAMES = 2;

    static PyObject run(RunContext ctx, PyObject main) {
        AsyncioContext actx = AsyncioContext.of(ctx);
        if (actx.runningLoop != null) {
            throw PyException.runtimeError("asyncio.run() cannot be called from a running event loop");
        }
        EventLoop loop = new EventLoop(actx);
        actx.eventLoop = loop;
        actx.eventLoopSetCalled = true;
        PyObject result = null;
        PyException failure = null;
        try {
            // Runner.run checks the argument inside the Runner's with block, so the loop still shuts down
            // (and its two shutdown tasks still take Task-N names) when it is not a coroutine.
            if (!Awaitables.isCoroutine(main)) {
                throw PyException.valueError("a coroutine was expected, got " + PyTask.repr(ctx, main));
            }
            ctx.depth += RUN_FRAMES;
            try {
                result = runUntilComplete(actx, loop, new PyTask(loop, main, null));
            } finally {
                ctx.depth -= RUN_FRAMES;
            }
        } catch (PyException e) {
            failure = e;
        }
        shutdown(actx, loop);
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    /** {@code loop.run_until_complete(fut)}: runs the loop until {@code fut} is done, then returns its result. */
    static PyObject runUntilComplete(AsyncioContext actx, EventLoop loop, PyFuture fut) {
        PyFuture.DoneCallback stopper = PyFuture.DoneCallback.library("_run_until_complete_cb", "base_events.py",
                180, (c, f) -> {
            if (!f.cancelled()) {
                PyObject exc = f.exception();
                if (exc instanceof PyBaseException e && (e.isInstance(
                        io.loopwise.engine.runtime.ExceptionTypes.SYSTEM_EXIT)
                        || e.isInstance(io.loopwise.engine.runtime.ExceptionTypes.KEYBOARD_INTERRUPT))) {
                    return;
                }
            }
            loop.stop();
        });
        fut.addDoneCallback(stopper);
        EventLoop previous = actx.runningLoop;
        actx.runningLoop = loop;
        actx.ctx.depth += LOOP_FRAMES;
        try {
            loop.runForever();
        } catch (EventLoop.LoopStalled stalled) {
            throw new LimitExceeded("deadlock", "deadlock: no task can make progress: " + actx.describeWaiting());
        } finally {
            actx.ctx.depth -= LOOP_FRAMES;
            actx.runningLoop = previous;
            fut.removeDoneCallback(stopper);
        }
        if (!fut.done()) {
            throw PyException.runtimeError("Event loop stopped before Future completed.");
        }
        return fut.result();
    }

    /** {@code loop.run_forever()}: runs iterations until {@code loop.stop()}; nothing left to run is a deadlock. */
    static PyObject runForever(AsyncioContext actx, EventLoop loop) {
        if (loop.isClosed()) {
            throw PyException.runtimeError("Event loop is closed");
        }
        checkRunning(actx, loop);
        actx.runningLoop = loop;
        try {
            loop.runForever();
        } catch (EventLoop.LoopStalled stalled) {
            throw new LimitExceeded("deadlock", "deadlock: run_forever() has nothing left to run and stop() was "
                    + "never called: " + actx.describeWaiting());
        } finally {
            actx.runningLoop = null;
        }
        return io.loopwise.engine.runtime.PyNone.NONE;
    }

    static void shutdown(AsyncioContext actx, EventLoop loop) {
        try {
            cancelAllTasks(actx, loop);
            // loop.run_until_complete(loop.shutdown_asyncgens()): the coroutine exists before the loop is checked,
            // its task only after (so a refused run leaves it never awaited and numbers no task).
            ShutdownAsyncgens shutdownAsyncgens = new ShutdownAsyncgens(actx.ctx, loop);
            checkRunning(actx, loop);
            runUntilComplete(actx, loop, new PyTask(loop, shutdownAsyncgens, null));
            runUntilComplete(actx, loop, new PyTask(loop, new Finished(actx.ctx,
                    "BaseEventLoop.shutdown_default_executor"), null));
        } finally {
            actx.eventLoop = null;
            loop.close();
        }
    }

    /** CPython's {@code runners._cancel_all_tasks} (our order: creation order; CPython's set order is by address). */
    private static void cancelAllTasks(AsyncioContext actx, EventLoop loop) {
        List<PyTask> toCancel = actx.pendingTasks(loop);
        if (toCancel.isEmpty()) {
            return;
        }
        for (PyTask t : toCancel) {
            t.cancel(io.loopwise.engine.runtime.PyNone.NONE);
        }
        PyFuture gathering = GatheringFuture.gather(actx.ctx, toCancel.toArray(new PyObject[0]), true);
        checkRunning(actx, loop);
        runUntilComplete(actx, loop, gathering);
        for (PyTask t : toCancel) {
            if (!t.cancelled() && t.exceptionValue() != null) {
                loop.callExceptionHandler("unhandled exception during asyncio.run() shutdown", t.exceptionValue());
            }
        }
    }

    /**
     * {@code loop.shutdown_asyncgens()}: {@code aclose()} every async generator first iterated in this loop that
     * CPython's weak set still holds — unfinished, or finished but still referenced (a global, a frame kept by a
     * traceback) — through a gather with {@code return_exceptions=True} (each aclose awaitable gets a task).
     */
    private static final class ShutdownAsyncgens extends NativeCoroutine {
        private final EventLoop loop;
        private PyFuture gathering;

        ShutdownAsyncgens(RunContext ctx, EventLoop loop) {
            super(ctx, "BaseEventLoop.shutdown_asyncgens");
            this.loop = loop;
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (thrown != null) {
                return Step.raised(thrown);
            }
            if (gathering == null) {
                // CPython's WeakSet still holds every generator not yet collected: the unfinished ones (a dropped
                // one left it through the finalizer hook) and the finished ones something still references
                java.util.Set<PyObject> referenced = io.loopwise.engine.vm.GeneratorFinalizer.stillReferenced(ctx,
                        loop.asyncgens);
                List<PyObject> closing = new java.util.ArrayList<>();
                for (PyObject g : loop.asyncgens) {
                    if (!(g instanceof io.loopwise.engine.vm.PyGenerator gen) || !gen.isFinished()
                            || referenced.contains(g)) {
                        closing.add(g);
                    }
                }
                loop.asyncgens.clear();
                if (closing.isEmpty()) {
                    return Step.RETURN_NONE;
                }
                PyObject[] closers = new PyObject[closing.size()];
                try {
                    for (int i = 0; i < closers.length; i++) {
                        closers[i] = io.loopwise.engine.runtime.Calls.callMethod(ctx, closing.get(i), "aclose");
                    }
                    gathering = GatheringFuture.gather(ctx, closers, true);
                } catch (PyException e) {
                    return Step.raised(e.value());
                }
                Step s = block(gathering);
                if (s != null) {
                    return s;
                }
            }
            return Step.RETURN_NONE;
        }
    }

    /** A coroutine that returns None at once: the loop's shutdown coroutines when there is nothing to shut down. */
    private static final class Finished extends NativeCoroutine {
        Finished(RunContext ctx, String qualname) {
            super(ctx, qualname);
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            return thrown != null ? Step.raised(thrown) : Step.RETURN_NONE;
        }
    }

    /**
     * CPython's {@code BaseEventLoop._check_running}: a loop may not run while it, or another loop of the thread,
     * is running (a {@code Runner} used inside {@code asyncio.run}).
     */
    static void checkRunning(AsyncioContext actx, EventLoop loop) {
        if (actx.runningLoop == loop) {
            throw PyException.runtimeError("This event loop is already running");
        }
        if (actx.runningLoop != null) {
            throw PyException.runtimeError("Cannot run the event loop while another loop is running");
        }
    }
}
