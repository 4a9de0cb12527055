package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Attributes;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNativeFunction;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import io.loopwise.engine.runtime.TracebackEntry;

/**
 * The context managers made by {@code @contextmanager} and {@code @asynccontextmanager}, mirroring CPython's
 * {@code _GeneratorContextManager} / {@code _AsyncGeneratorContextManager}: enter runs the generator to its
 * yield; exit resumes it (it must then stop) or throws the block's exception in at the yield, and the exception
 * is suppressed only if the generator swallowed it. A re-raised exception keeps the traceback it had.
 */
final class GeneratorContextManagers {
    static final PyType SYNC_TYPE = PyType.builtin("_GeneratorContextManager", "contextlib")
            .def("__enter__", (ctx, a, k) -> ((Sync) a[0]).enter(ctx))
            .def("__exit__", (ctx, a, k) -> ((Sync) a[0]).exit(ctx, arg(a, 1), arg(a, 2)))
            .def("__call__", (ctx, a, k) -> ((Sync) a[0]).decorate(a[1]))
            .notSubclassable();
    static final PyType ASYNC_TYPE = PyType.builtin("_AsyncGeneratorContextManager", "contextlib")
            .def("__aenter__", (ctx, a, k) -> ((Async) a[0]).new Enter(ctx))
            .def("__aexit__", (ctx, a, k) -> ((Async) a[0]).new Exit(ctx, arg(a, 1), arg(a, 2)))
            .notSubclassable();

    private GeneratorContextManagers() {
    }

    private static PyObject arg(PyObject[] a, int i) {
        return a.length > i ? a[i] : PyNone.NONE;
    }

    /** {@code value = typ()} when only the type was given. */
    private static PyBaseException exceptionValue(RunContext ctx, PyObject typ, PyObject value) {
        if (value instanceof PyBaseException e) {
            return e;
        }
        PyObject made = Calls.call(ctx, typ);
        if (!(made instanceof PyBaseException e)) {
            throw PyException.typeError("exceptions must derive from BaseException");
        }
        return e;
    }

    private static PyException runtimeError(String message) {
        return PyException.runtimeError(message);
    }

    /** {@code @contextmanager}. */
    static final class Sync extends PyObject {
        private final PyObject func;
        private final PyObject[] args;
        private final String[] kwNames;
        private final PyObject gen;

        /** {@code func(*args, **kw)} made into a context manager (the generator is created now, as CPython). */
        Sync(RunContext ctx, PyObject func, PyObject[] args, String[] kwNames) {
            this.func = func;
            this.args = args;
            this.kwNames = kwNames;
            this.gen = Calls.call(ctx, func, args, kwNames);
        }

        /**
         * Used as a decorator (CPython's ContextDecorator): each call of the decorated function runs inside a
         * fresh context manager made from the same generator function and arguments.
         */
        PyObject decorate(PyObject target) {
            PyObject name = Attributes.lookupAttr(RunContext.current(), target, "__name__");
            return PyNativeFunction.of(name instanceof PyStr ? ((PyStr) name).value() : "inner", (c, a, k) -> {
                Sync cm = new Sync(c, func, args, kwNames);
                cm.enter(c);
                PyObject result;
                try {
                    result = Calls.call(c, target, a, k);
                } catch (PyException e) {
                    if (Protocols.isTrue(c, cm.exit(c, e.value().type(), e.value()))) {
                        return PyNone.NONE;
                    }
                    throw e;
                }
                cm.exit(c, PyNone.NONE, PyNone.NONE);
                return result;
            });
        }

        @Override
        public PyType type() {
            return SYNC_TYPE;
        }

        private Resumable generator() {
            if (!(gen instanceof Resumable r)) {
                throw PyException.typeError("@contextmanager function did not return a generator");
            }
            return r;
        }

        PyObject enter(RunContext ctx) {
            Step s = generator().send(ctx, PyNone.NONE);
            if (s.isYield()) {
                return s.value();
            }
            if (s.isReturn()) {
                throw runtimeError("generator didn't yield");
            }
            throw new PyException(s.exception());
        }

        PyObject exit(RunContext ctx, PyObject typ, PyObject value) {
            if (typ == PyNone.NONE) {
                Step s = generator().send(ctx, PyNone.NONE);
                if (s.isReturn()) {
                    return PyBool.FALSE;
                }
                if (s.isRaise()) {
                    throw new PyException(s.exception());
                }
                throw runtimeError("generator didn't stop");
            }
            PyBaseException v = exceptionValue(ctx, typ, value);
            TracebackEntry tb = v.traceback();
            Step s = generator().throwInto(ctx, v);
            if (s.isReturn()) {
                return PyBool.TRUE;
            }
            if (s.isYield()) {
                generator().close(ctx);
                throw runtimeError("generator didn't stop after throw()");
            }
            return reraised(s.exception(), v, tb);
        }
    }

    /** What exit returns when the thrown exception came back out: False (re-raise it) or raise the new one. */
    private static PyObject reraised(PyBaseException e, PyBaseException value, TracebackEntry tb) {
        if (e == value) {
            value.setTraceback(tb);
            return PyBool.FALSE;
        }
        if (e.isInstance(ExceptionTypes.RUNTIME_ERROR) && e.cause() == value
                && (value.isInstance(ExceptionTypes.STOP_ITERATION)
                || value.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION))) {
            return PyBool.FALSE;
        }
        throw new PyException(e);
    }

    /** {@code @asynccontextmanager}. */
    static final class Async extends PyObject {
        private final PyObject gen;

        Async(PyObject gen) {
            this.gen = gen;
        }

        @Override
        public PyType type() {
            return ASYNC_TYPE;
        }

        /** {@code __aenter__}: {@code return await anext(gen)}. */
        final class Enter extends NativeCoroutine {
            private Resumable inner;

            Enter(RunContext ctx) {
                super(ctx, "_AsyncGeneratorContextManager.__aenter__");
            }

            @Override
            protected Step resume(RunContext ctx, PyBaseException thrown) {
                try {
                    if (inner == null) {
                        inner = Awaitables.iteratorOf(ctx, Calls.callMethod(ctx, gen, "__anext__"));
                    }
                    Step s = thrown == null ? inner.send(ctx, PyNone.NONE) : inner.throwInto(ctx, thrown);
                    if (s.isRaise() && s.exception().isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                        PyBaseException e = runtimeError("generator didn't yield").value();
                        e.keepFrameAlive(Async.this); // CPython's traceback holds __aenter__'s frame, so self
                        return Step.raised(e);
                    }
                    return s;
                } catch (PyException e) {
                    return Step.raised(e.value());
                }
            }
        }

        /** {@code __aexit__(typ, value, tb)}. */
        final class Exit extends NativeCoroutine {
            private final PyObject typ;
            private final PyObject value;
            private PyBaseException thrownIn;
            private TracebackEntry tb;
            private Resumable inner;

            Exit(RunContext ctx, PyObject typ, PyObject value) {
                super(ctx, "_AsyncGeneratorContextManager.__aexit__");
                this.typ = typ;
                this.value = value;
            }

            @Override
            protected Step resume(RunContext ctx, PyBaseException thrown) {
                try {
                    if (inner == null) {
                        if (typ == PyNone.NONE) {
                            inner = Awaitables.iteratorOf(ctx, Calls.callMethod(ctx, gen, "__anext__"));
                        } else {
                            thrownIn = exceptionValue(ctx, typ, value);
                            tb = thrownIn.traceback();
                            inner = Awaitables.iteratorOf(ctx, Calls.callMethod(ctx, gen, "athrow", thrownIn));
                        }
                    }
                    Step s = thrown == null ? inner.send(ctx, PyNone.NONE) : inner.throwInto(ctx, thrown);
                    if (s.isYield()) {
                        return s;
                    }
                    if (thrownIn == null) {
                        if (s.isRaise()) {
                            return s.exception().isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)
                                    ? Step.returned(PyBool.FALSE) : s;
                        }
                        return Step.raised(runtimeError("generator didn't stop").value());
                    }
                    if (s.isReturn()) {
                        return Step.raised(runtimeError("generator didn't stop after athrow()").value());
                    }
                    PyBaseException e = s.exception();
                    if (e.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                        return Step.returned(PyBool.of(e != thrownIn));
                    }
                    return Step.returned(reraised(e, thrownIn, tb));
                } catch (PyException e) {
                    return Step.raised(e.value());
                }
            }
        }
    }
}
