package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * {@code asyncio.to_thread} and {@code loop.run_in_executor} as a thread running in virtual time (the model of the
 * corpus's CPython runner): a run has no threads, so the function runs to completion when it is submitted, its
 * {@code time.sleep} calls advance a private thread clock instead of blocking the loop, and the future resolves
 * from a timer at submission time + time slept. Two functions sleeping 1 s each therefore finish together after
 * 1 s, as real threads would; a function that only computes finishes on the next loop iteration.
 */
final class Threads {
    private Threads() {
    }

    static PyFuture runInExecutor(RunContext ctx, EventLoop loop, PyObject func, PyObject[] args, String[] kw) {
        AsyncioContext actx = loop.actx;
        PyFuture f = new PyFuture(loop);
        f.label = "thread";
        double started = actx.clock.now();
        double outer = actx.threadElapsed;
        actx.threadElapsed = 0.0;
        PyObject result = null;
        PyBaseException failure = null;
        double elapsed;
        try {
            result = Calls.call(ctx, func, args, kw);
        } catch (PyException e) {
            failure = e.value();
        } finally {
            elapsed = actx.threadElapsed;
            actx.threadElapsed = outer;
        }
        PyObject r = result;
        PyBaseException x = failure;
        loop.callAt(started + elapsed, () -> {
            if (f.cancelled()) {
                return;
            }
            if (x != null) {
                f.setException(x);
            } else {
                f.setResult(r);
            }
        });
        return f;
    }

    /** {@code asyncio.to_thread(func, *args, **kwargs)}: a coroutine awaiting {@link #runInExecutor}. */
    static final class ToThread extends NativeCoroutine {
        private final PyObject func;
        private final PyObject[] args;
        private final String[] kw;
        private PyFuture future;

        ToThread(RunContext ctx, PyObject func, PyObject[] args, String[] kw) {
            super(ctx, "to_thread");
            this.func = func;
            this.args = args;
            this.kw = kw;
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (thrown != null) {
                return Step.raised(thrown);
            }
            if (future == null) {
                future = runInExecutor(ctx, AsyncioContext.of(ctx).runningLoop(), func, args, kw);
                Step s = block(future);
                if (s != null) {
                    return s;
                }
            }
            return FutureIter.outcome(future);
        }
    }
}
