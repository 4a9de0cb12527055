package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * What {@code Future.__await__} returns (CPython's C {@code FutureIter}): a pending future yields itself once with
 * {@code _asyncio_future_blocking} set, which tells the driving Task to wait for it; when resumed the future must be
 * done and its result is returned (or its exception raised). A done future returns at once: no scheduling point.
 */
final class FutureIter extends PyObject implements Resumable {
    static final PyType TYPE = PyType.builtin("FutureIter", "_asyncio")
            .def("__iter__", (ctx, a, k) -> a[0])
            .def("__next__", (ctx, a, k) -> Awaitables.unwrap(ctx, ((FutureIter) a[0]).send(ctx,
                    io.loopwise.engine.runtime.PyNone.NONE)))
            .def("send", (ctx, a, k) -> {
                io.loopwise.engine.runtime.ArgParser.checkPositional("send", a, k, 2, 2);
                return Awaitables.unwrap(ctx, ((FutureIter) a[0]).send(ctx, a[1]));
            })
            .def("throw", (ctx, a, k) -> Awaitables.unwrap(ctx,
                    ((FutureIter) a[0]).throwInto(ctx, Awaitables.exceptionArg(ctx, a))))
            .def("close", (ctx, a, k) -> io.loopwise.engine.runtime.PyNone.NONE)
            .notSubclassable();

    private final PyFuture future;
    private boolean yielded;

    FutureIter(PyFuture future) {
        this.future = future;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Step send(RunContext ctx, PyObject value) {
        if (!yielded && !future.done()) {
            yielded = true;
            future.blocking = true;
            return Step.yielded(future);
        }
        if (!future.done()) {
            return Step.raised(AsyncioErrors.newError(io.loopwise.engine.runtime.ExceptionTypes.RUNTIME_ERROR,
                    "await wasn't used with future"));
        }
        return outcome(future);
    }

    /** The result of a done future as a step: returned value, or raised exception / CancelledError. */
    static Step outcome(PyFuture f) {
        try {
            return Step.returned(f.result());
        } catch (PyException e) {
            return Step.raised(e.value());
        }
    }

    @Override
    public Step throwInto(RunContext ctx, PyBaseException exc) {
        return Step.raised(exc);
    }

    @Override
    public void close(RunContext ctx) {
    }
}
