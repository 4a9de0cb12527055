package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;

/**
 * {@code asyncio.shield(aw)}, mirroring CPython's {@code tasks.shield}: an outer future that follows the inner one
 * (wrapped with {@code ensure_future}) but whose cancellation does not reach the inner task.
 */
final class Shield {
    private Shield() {
    }

    static PyFuture shield(RunContext ctx, PyObject arg) {
        PyFuture inner = AsyncioModule.ensureFuture(ctx, arg, null);
        if (inner.done()) {
            return inner;
        }
        PyFuture outer = new PyFuture(inner.loop);
        outer.label = "shield";
        PyFuture.DoneCallback innerDone = PyFuture.DoneCallback.library("shield.<locals>._inner_done_callback",
                "tasks.py", 905, (c, in) -> {
            if (outer.cancelled()) {
                if (!in.cancelled()) {
                    in.exception();
                }
                return;
            }
            if (in.cancelled()) {
                outer.cancel(PyNone.NONE);
            } else {
                PyObject exc = in.exception();
                if (exc instanceof PyBaseException e) {
                    outer.setException(e);
                } else {
                    outer.setResult(in.resultValue());
                }
            }
        });
        inner.addDoneCallback(innerDone);
        outer.addDoneCallback(PyFuture.DoneCallback.library("shield.<locals>._outer_done_callback", "tasks.py", 922,
                (c, out) -> {
            if (!inner.done()) {
                inner.removeDoneCallback(innerDone);
            }
        }));
        return outer;
    }
}
