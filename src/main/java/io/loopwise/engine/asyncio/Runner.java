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

    static PyObject run(RunContext ctx, PyObject main) {
        AsyncioContext actx = AsyncioContext.of(ctx);
        if (actx.runningLoop != null) {
            throw PyException.runtimeError("asyncio.run() cannot be called from a running event loop");
        }
        if (!Awaitables.isCoroutine(main)) {
            throw PyException.valueError("a coroutine was expected, got " + PyTask.repr(ctx, main));
        }
        EventLoop loop = new EventLoop(actx);
        actx.eventLoop = loop;
        PyObject result = null;
        PyException failure = null;
        try {
            result = runUntilComplete(actx, loop, new PyTask(loop, main, null));
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
        PyFuture.DoneCallback stopper = (c, f) -> {
            if (!f.cancelled()) {
                PyObject exc = f.exception();
                if (exc instanceof PyBaseException e && (e.isInstance(
                        io.loopwise.engine.runtime.ExceptionTypes.SYSTEM_EXIT)
                        || e.isInstance(io.loopwise.engine.runtime.ExceptionTypes.KEYBOARD_INTERRUPT))) {
                    return;
                }
            }
            loop.stop();
        };
        fut.addDoneCallback(stopper);
        EventLoop previous = actx.runningLoop;
        actx.runningLoop = loop;
        try {
            loop.runForever();
        } catch (EventLoop.LoopStalled stalled) {
            throw new LimitExceeded("deadlock", "deadlock: no task can make progress: " + actx.describeWaiting());
        } finally {
            actx.runningLoop = previous;
            fut.removeDoneCallback(stopper);
        }
        if (!fut.done()) {
            throw PyException.runtimeError("Event loop stopped before Future completed.");
        }
        return fut.result();
    }

    private static void shutdown(AsyncioContext actx, EventLoop loop) {
        try {
            cancelAllTasks(actx, loop);
            runUntilComplete(actx, loop, new PyTask(loop, new Finished(actx.ctx,
                    "BaseEventLoop.shutdown_asyncgens"), null));
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
        runUntilComplete(actx, loop, GatheringFuture.gather(actx.ctx, toCancel.toArray(new PyObject[0]), true));
        for (PyTask t : toCancel) {
            if (!t.cancelled() && t.exceptionValue() != null) {
                loop.callExceptionHandler("unhandled exception during asyncio.run() shutdown", t.exceptionValue());
            }
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
}
