package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * {@code asyncio.to_thread} and {@code loop.run_in_executor} in virtual time. A run has no threads: the function
 * runs synchronously when the call is made (a {@code time.sleep} inside it advances the clock and blocks the loop,
 * which is the deliberate difference from real threads), and its outcome completes a future on the next loop
 * iteration, so the awaiting task suspends once ("thread") exactly like a real executor hand-off.
 */
final class Threads {
    private Threads() {
    }

    static PyFuture runInExecutor(RunContext ctx, EventLoop loop, PyObject func, PyObject[] args, String[] kw) {
        PyFuture f = new PyFuture(loop);
        f.label = "thread";
        PyObject result = null;
        PyBaseException failure = null;
        try {
            result = Calls.call(ctx, func, args, kw);
        } catch (PyException e) {
            failure = e.value();
        }
        PyObject r = result;
        PyBaseException x = failure;
        loop.callSoon(() -> {
            if (!f.done()) {
                if (x != null) {
                    f.setException(x);
                } else {
                    f.setResult(r);
                }
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
