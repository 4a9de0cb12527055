package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyAwaitable;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * What {@code await} and {@code yield from} delegate to (CPython's _PyCoro_GetAwaitableIter and
 * GET_YIELD_FROM_ITER): every delegate on a frame's stack is a {@link Resumable}.
 */
final class Awaiting {
    private Awaiting() {
    }

    /** Wraps a Resumable that is not itself a Python value so it can sit on an operand stack. */
    static final class Holder extends PyObject {
        final Resumable r;

        Holder(Resumable r) {
            this.r = r;
        }

        @Override
        public PyType type() {
            return BuiltinTypes.OBJECT;
        }
    }

    static Resumable resumable(PyObject o) {
        return o instanceof Holder ? ((Holder) o).r : (Resumable) o;
    }

    private static PyObject onStack(Resumable r) {
        return r instanceof PyObject ? (PyObject) r : new Holder(r);
    }

    static PyObject awaitable(RunContext ctx, PyObject o) {
        if (o instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) o;
            if (g.isCoroutine()) {
                if (g.isRunning() || (g.isStarted() && !g.isFinished())) {
                    throw PyException.runtimeError("coroutine is being awaited already");
                }
                return g;
            }
        }
        if (o instanceof PyAwaitable) {
            return onStack(((PyAwaitable) o).awaitIterator(ctx));
        }
        PyObject f = o.type().lookup("__await__");
        if (f == null) {
            throw PyException.typeError("object " + o.type().name() + " can't be used in 'await' expression");
        }
        PyObject it = Calls.callMethod(ctx, o, "__await__");
        if (it instanceof PyGenerator && ((PyGenerator) it).isCoroutine()) {
            throw PyException.typeError("__await__() returned a coroutine");
        }
        if (it instanceof Resumable) {
            return it;
        }
        if (it.type().lookup("__next__") == null && !(it instanceof PyIterator)) {
            throw PyException.typeError("__await__() returned non-iterator of type '" + it.type().name() + "'");
        }
        return new IteratorDelegate(it);
    }

    static PyObject yieldFromIterable(RunContext ctx, PyObject o) {
        if (o instanceof PyGenerator) {
            if (((PyGenerator) o).isCoroutine()) {
                throw PyException.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        if (o instanceof Resumable) {
            return o;
        }
        PyObject it = Protocols.iter(ctx, o);
        // an __iter__ that hands back a native resumable (Future.__iter__'s FutureIter) is driven directly
        return it instanceof Resumable ? it : new IteratorDelegate(it);
    }

    /** Delegation to a plain iterator (send(None) is next(); other sends/throws as CPython's yield from). */
    static final class IteratorDelegate extends PyObject implements Resumable {
        private final PyObject it;

        IteratorDelegate(PyObject it) {
            this.it = it;
        }

        @Override
        public PyType type() {
            return BuiltinTypes.OBJECT;
        }

        @Override
        public Step send(RunContext ctx, PyObject value) {
            try {
                if (value == PyNone.NONE) {
                    PyObject v = Protocols.next(ctx, it);
                    return v == null ? Step.RETURN_NONE : Step.yielded(v);
                }
                return Step.yielded(Calls.callMethod(ctx, it, "send", value));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                    PyTuple args = e.value().args();
                    return Step.returned(args.size() > 0 ? args.get(0) : PyNone.NONE);
                }
                return Step.raised(e.value());
            }
        }

        @Override
        public Step throwInto(RunContext ctx, PyBaseException exc) {
            if (it.type().lookup("throw") == null) {
                return Step.raised(exc);
            }
            try {
                return Step.yielded(Calls.callMethod(ctx, it, "throw", exc));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                    PyTuple args = e.value().args();
                    return Step.returned(args.size() > 0 ? args.get(0) : PyNone.NONE);
                }
                return Step.raised(e.value());
            }
        }

        @Override
        public void close(RunContext ctx) {
            if (it.type().lookup("close") != null) {
                Calls.callMethod(ctx, it, "close");
            }
        }
    }
}
