package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;

/**
 * {@code asyncio.Runner}, mirroring CPython 3.12's {@code runners.Runner}: one loop for several {@code run()} calls
 * (created lazily), closed by {@code close()} or the {@code with} block's exit with the same shutdown as
 * {@code asyncio.run}.
 */
final class PyRunner extends PyObject {
    private static final ArgParser ARGS = ArgParser.python("Runner.__init__", "self", "*", "debug=",
            "loop_factory=");
    private static final ArgParser RUN = ArgParser.python("Runner.run", "self", "coro", "*", "context=");
    private static final int CREATED = 0;
    private static final int INITIALIZED = 1;
    private static final int CLOSED = 2;

    static final PyType TYPE = PyType.builtin("Runner", "asyncio.runners")
            .constructor((ctx, a, k) -> {
                ARGS.parse(a, k);
                return new PyRunner();
            })
            .def("__enter__", (ctx, a, k) -> {
                self(a).lazyInit(ctx);
                return a[0];
            })
            .def("__exit__", (ctx, a, k) -> {
                self(a).close(ctx);
                return PyNone.NONE;
            })
            .def("close", ArgParser.python("Runner.close", "self").checking((ctx, a, k) -> {
                self(a).close(ctx);
                return PyNone.NONE;
            }))
            .def("get_loop", ArgParser.python("Runner.get_loop", "self").checking((ctx, a, k) -> {
                self(a).lazyInit(ctx);
                return self(a).loop;
            }))
            .def("run", (ctx, a, k) -> self(a).run(ctx, RUN.parse(a, k)[1]))
            .notSubclassable();

    private int state = CREATED;
    private EventLoop loop;

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyRunner self(PyObject[] a) {
        return (PyRunner) a[0];
    }

    private void lazyInit(RunContext ctx) {
        if (state == CLOSED) {
            throw PyException.runtimeError("Runner is closed");
        }
        if (state == INITIALIZED) {
            return;
        }
        AsyncioContext actx = AsyncioContext.of(ctx);
        loop = new EventLoop(actx);
        actx.eventLoop = loop;
        actx.eventLoopSetCalled = true;
        state = INITIALIZED;
    }

    private PyObject run(RunContext ctx, PyObject coro) {
        if (!Awaitables.isCoroutine(coro)) {
            throw PyException.valueError("a coroutine was expected, got " + PyTask.repr(ctx, coro));
        }
        AsyncioContext actx = AsyncioContext.of(ctx);
        if (actx.runningLoop != null) {
            throw PyException.runtimeError("Runner.run() cannot be called from a running event loop");
        }
        lazyInit(ctx);
        ctx.depth++; // Runner.run's own Python frame in CPython
        try {
            return Runner.runUntilComplete(actx, loop, new PyTask(loop, coro, null));
        } finally {
            ctx.depth--;
        }
    }

    private void close(RunContext ctx) {
        if (state != INITIALIZED) {
            return;
        }
        try {
            Runner.shutdown(AsyncioContext.of(ctx), loop);
        } finally {
            loop = null;
            state = CLOSED;
        }
    }
}
