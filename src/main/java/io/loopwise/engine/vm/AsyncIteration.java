package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;

/** {@code async for}: {@code __aiter__} and the awaitable of {@code __anext__} (CPython's GET_AITER/GET_ANEXT). */
final class AsyncIteration {
    private AsyncIteration() {
    }

    static PyObject aiter(RunContext ctx, PyObject o) {
        if (o instanceof PyGenerator && ((PyGenerator) o).kind() == PyGenerator.Kind.ASYNC_GENERATOR) {
            return o;
        }
        if (o.type().lookup("__aiter__") == null) {
            throw PyException.typeError("'async for' requires an object with __aiter__ method, got "
                    + o.type().name());
        }
        PyObject it = Calls.callMethod(ctx, o, "__aiter__");
        if (!(it instanceof PyGenerator) && it.type().lookup("__anext__") == null) {
            throw PyException.typeError("'async for' received an object from __aiter__ that does not implement"
                    + " __anext__: " + it.type().name());
        }
        return it;
    }

    static PyObject anext(RunContext ctx, PyObject aiter) {
        if (aiter instanceof PyGenerator && ((PyGenerator) aiter).kind() == PyGenerator.Kind.ASYNC_GENERATOR) {
            return new AsyncGenAwaitable((PyGenerator) aiter, AsyncGenAwaitable.Mode.NEXT, null);
        }
        PyObject awaitable = Calls.callMethod(ctx, aiter, "__anext__");
        try {
            return Awaiting.awaitable(ctx, awaitable);
        } catch (PyException e) {
            throw PyException.typeError("'async for' received an invalid object from __anext__: "
                    + awaitable.type().name());
        }
    }
}
