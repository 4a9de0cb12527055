package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyAwaitable;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * A coroutine written in Java as a state machine: what CPython implements as {@code async def} in Lib/asyncio
 * ({@code sleep}, {@code wait_for}, {@code Queue.get}, {@code Lock.acquire}, ...). It behaves like a Python coroutine
 * object: created unstarted (and reported "never awaited" if never run), driven by {@code send}/{@code throw}, and
 * unusable once finished. Subclasses implement {@link #resume} and keep their own state between yields; they never
 * add traceback entries, so library frames stay out of tracebacks as CPython's are filtered out.
 */
abstract class NativeCoroutine extends PyObject implements Resumable, PyAwaitable {
    static final PyType TYPE = PyType.builtin("coroutine", "builtins")
            .def("__await__", (ctx, a, k) -> a[0])
            .def("send", (ctx, a, k) -> {
                ArgParser.oneArg("coroutine.send", a, k);
                return Awaitables.unwrap(ctx, ((NativeCoroutine) a[0]).send(ctx, a[1]));
            })
            .def("throw", (ctx, a, k) -> Awaitables.unwrap(ctx,
                    ((NativeCoroutine) a[0]).throwInto(ctx, Awaitables.exceptionArg(ctx, a))))
            .def("close", (ctx, a, k) -> {
                ArgParser.noArgs("coroutine.close", a, k);
                ((NativeCoroutine) a[0]).close(ctx);
                return PyNone.NONE;
            })
            .defGetter("__qualname__", (ctx, self) -> PyStr.of(((NativeCoroutine) self).qualname))
            .defGetter("__name__", (ctx, self) -> PyStr.of(((NativeCoroutine) self).qualname))
            .notSubclassable();

    private static final byte CREATED = 0;
    private static final byte RUNNING = 1;
    private static final byte FINISHED = 2;

    final String qualname;
    private byte status;
    private RunContext.Unstarted unstarted;

    NativeCoroutine(RunContext ctx, String qualname) {
        this.qualname = qualname;
        this.unstarted = ctx.unstarted(qualname);
    }

    private void markStarted(RunContext ctx) {
        ctx.started(unstarted);
        unstarted = null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Resumable awaitIterator(RunContext ctx) {
        return this;
    }

    @Override
    public final Step send(RunContext ctx, PyObject value) {
        if (status == FINISHED) {
            return Step.raised(AsyncioErrors.newError(ExceptionTypes.RUNTIME_ERROR,
                    "cannot reuse already awaited coroutine"));
        }
        if (status == CREATED && value != PyNone.NONE) {
            return Step.raised(PyException.typeError("can't send non-None value to a just-started coroutine").value());
        }
        if (status == CREATED) {
            status = RUNNING;
            markStarted(ctx);
        }
        return finish(resume(ctx, null));
    }

    @Override
    public final Step throwInto(RunContext ctx, PyBaseException exc) {
        if (status != RUNNING) {
            status = FINISHED;
            markStarted(ctx);
            return Step.raised(exc);
        }
        return finish(resume(ctx, exc));
    }

    @Override
    public final void close(RunContext ctx) {
        if (status == RUNNING) {
            onClose(ctx);
        }
        status = FINISHED;
        markStarted(ctx);
    }

    private Step finish(Step s) {
        if (!s.isYield()) {
            status = FINISHED;
        }
        return s;
    }

    /**
     * Runs until the next suspension: {@code thrown} is null when resumed normally (the awaited future is done) and
     * the exception to raise at the suspension point otherwise (e.g. the CancelledError of a cancelled task).
     */
    protected abstract Step resume(RunContext ctx, PyBaseException thrown);

    /** Clean-up when closed while suspended (CPython runs the coroutine's finally blocks). */
    protected void onClose(RunContext ctx) {
    }

    /** Suspends on {@code f} the way {@code await f} does: a done future does not yield (null is returned). */
    static Step block(PyFuture f) {
        if (f.done()) {
            return null;
        }
        f.blocking = true;
        return Step.yielded(f);
    }

    @Override
    public String toString() {
        return "<coroutine object " + qualname + ">";
    }
}
