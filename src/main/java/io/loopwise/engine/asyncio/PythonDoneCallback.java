package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;

/** A Python callable registered with {@code add_done_callback}; equal when the callables are equal, as CPython. */
final class PythonDoneCallback implements PyFuture.DoneCallback {
    private final PyObject fn;

    PythonDoneCallback(PyObject fn) {
        this.fn = fn;
    }

    @Override
    public void onDone(RunContext ctx, PyFuture future) {
        Calls.call(ctx, fn, future);
    }

    @Override
    public String describe(RunContext ctx) {
        return CallbackSource.format(ctx, fn, new PyObject[0]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PythonDoneCallback other && (other.fn == fn || other.fn.equals(fn));
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(fn);
    }
}
