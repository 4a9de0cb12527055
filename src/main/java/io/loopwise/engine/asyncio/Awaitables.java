package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyAwaitable;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import io.loopwise.engine.vm.PyGenerator;

/** How the asyncio layer recognises coroutines and turns any awaitable into something it can drive. */
final class Awaitables {
    private Awaitables() {
    }

    /** {@code asyncio.iscoroutine}: a Python coroutine object or one of our native coroutines. */
    static boolean isCoroutine(PyObject o) {
        return o instanceof NativeCoroutine || o instanceof PyGenerator g && g.isCoroutine()
                || o instanceof io.loopwise.engine.vm.AsyncGenAwaitable;
    }

    /** The {@code __qualname__} of a coroutine object (for the timeline's "created" events). */
    static String qualname(PyObject coro) {
        if (coro instanceof NativeCoroutine n) {
            return n.qualname;
        }
        return coro instanceof PyGenerator g ? g.qualname() : coro.type().name();
    }

    /**
     * CPython's {@code coroutines._format_coroutine}: "work() running at <program>:3" while the coroutine can
     * still run, "work() done, defined at <program>:2" once finished. Native coroutines have no source location.
     */
    static String describeCoroutine(RunContext ctx, PyObject coro) {
        String name = qualname(coro) + "()";
        if (coro instanceof PyGenerator g) {
            int[] lines = CoroutineLines.of(g);
            if (lines != null) {
                return g.isFinished() ? name + " done, defined at <program>:" + lines[1]
                        : name + " running at <program>:" + lines[0];
            }
        }
        return name;
    }

    /** {@code futures.isfuture}. */
    static boolean isFuture(PyObject o) {
        return o instanceof PyFuture;
    }

    /** The iterator {@code await o} drives: the coroutine itself, a future's FutureIter, or {@code o.__await__()}. */
    static Resumable iteratorOf(RunContext ctx, PyObject o) {
        if (o instanceof PyAwaitable a) {
            return a.awaitIterator(ctx);
        }
        if (isCoroutine(o)) {
            return (Resumable) o;
        }
        PyObject await = o.type().lookup("__await__");
        if (await == null) {
            throw PyException.typeError("object " + o.type().name() + " can't be used in 'await' expression");
        }
        PyObject it = Calls.callMethod(ctx, o, "__await__");
        if (!(it instanceof Resumable r)) {
            throw PyException.typeError("__await__() returned non-iterator of type '" + it.type().name() + "'");
        }
        return r;
    }

    /** Turns a step into the Python-level result of {@code send}: yield → value, return → StopIteration, raise. */
    static PyObject unwrap(RunContext ctx, Step s) {
        if (s.isYield()) {
            return s.value();
        }
        if (s.isReturn()) {
            throw PyException.stopIteration(s.value());
        }
        throw new PyException(s.exception());
    }

    /** The exception argument of {@code throw(exc)} / {@code throw(ExcType)}. */
    static PyBaseException exceptionArg(RunContext ctx, PyObject[] args) {
        if (args.length < 2) {
            throw PyException.typeError("throw expected at least 1 argument, got 0");
        }
        PyObject e = args[1];
        if (e instanceof PyType t) {
            PyObject inst = Calls.call(ctx, t);
            if (inst instanceof PyBaseException b) {
                return b;
            }
        }
        if (e instanceof PyBaseException b) {
            return b;
        }
        throw PyException.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + e.type().name());
    }
}
