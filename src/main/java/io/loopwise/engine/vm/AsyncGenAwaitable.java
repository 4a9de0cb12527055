package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyAwaitable;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * The awaitable returned by an async generator's {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose}
 * (CPython's async_gen_asend/athrow): a value yielded by the generator completes it, awaits inside the
 * generator pass through to the task. Like CPython's, it is a coroutine to {@code asyncio} (the
 * {@code collections.abc.Coroutine} protocol), so a Task can drive it directly.
 */
public final class AsyncGenAwaitable extends PyObject implements Resumable, PyAwaitable {
    enum Mode { NEXT, SEND, THROW, CLOSE }

    static final PyType TYPE = PyType.builtin("async_generator_asend", "builtins", BuiltinTypes.OBJECT)
            .notSubclassable();

    private final PyGenerator gen;
    private final Mode mode;
    private final PyObject argument;
    private boolean started;
    private boolean done;

    AsyncGenAwaitable(PyGenerator gen, Mode mode, PyObject argument) {
        this.gen = gen;
        this.mode = mode;
        this.argument = argument;
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
    public Step send(RunContext ctx, PyObject value) {
        if (done) {
            return Step.raised(PyException.runtimeError("cannot reuse already awaited __anext__()/asend()").value());
        }
        Step s;
        if (!started) {
            started = true;
            if (!gen.isStarted() && mode != Mode.CLOSE) {
                ctx.asyncGenFirstIter(gen);
            }
            switch (mode) {
                case SEND:
                    s = gen.send(ctx, argument);
                    break;
                case THROW:
                    s = gen.throwInto(ctx, (PyBaseException) argument);
                    break;
                case CLOSE:
                    if (!gen.isStarted() || gen.isFinished()) {
                        gen.close(ctx);
                        done = true;
                        return Step.RETURN_NONE;
                    }
                    s = gen.throwInto(ctx, ExceptionTypes.newException(ExceptionTypes.GENERATOR_EXIT, PyTuple.EMPTY));
                    break;
                default:
                    s = gen.send(ctx, PyNone.NONE);
            }
        } else {
            s = gen.send(ctx, value);
        }
        return map(s);
    }

    @Override
    public Step throwInto(RunContext ctx, PyBaseException exc) {
        if (done) {
            return Step.raised(exc);
        }
        started = true;
        return map(gen.throwInto(ctx, exc));
    }

    @Override
    public void close(RunContext ctx) {
        done = true;
    }

    private Step map(Step s) {
        if (s.isYield()) {
            if (gen.lastYieldWasValue()) {
                done = true;
                if (mode == Mode.CLOSE) {
                    return Step.raised(PyException.runtimeError("async generator ignored GeneratorExit").value());
                }
                return Step.returned(s.value());
            }
            return s;
        }
        done = true;
        if (s.isReturn()) {
            return mode == Mode.CLOSE ? Step.RETURN_NONE
                    : Step.raised(ExceptionTypes.newException(ExceptionTypes.STOP_ASYNC_ITERATION, PyTuple.EMPTY));
        }
        PyBaseException e = s.exception();
        if (mode == Mode.CLOSE && (e.isInstance(ExceptionTypes.GENERATOR_EXIT)
                || e.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION))) {
            return Step.RETURN_NONE;
        }
        return s;
    }
}
