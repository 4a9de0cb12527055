package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyAwaitable;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.Map;

/**
 * aiter() and anext() (Python 3.10+). {@code anext(it, default)} returns an {@code anext_awaitable} that awaits
 * {@code it.__anext__()} and turns its StopAsyncIteration into the default, as CPython's anextawaitable does.
 */
final class AsyncIterationFunctions {
    static final PyType ANEXT_AWAITABLE = PyType.builtin("anext_awaitable", BuiltinTypes.OBJECT).notSubclassable();

    private AsyncIterationFunctions() {
    }

    static void install(Map<String, PyObject> builtins) {
        BuiltinFunctions.def(builtins, "aiter", (ctx, a, kw) -> {
            PyObject o = Args.one("aiter", a, kw, 0);
            if (o.type().lookup("__aiter__") == null) {
                throw PyException.typeError("'" + o.type().name() + "' object is not an async iterable");
            }
            PyObject it = Calls.callMethod(ctx, o, "__aiter__");
            if (it.type().lookup("__anext__") == null) {
                throw PyException.typeError("aiter() returned not an async iterator of type '" + it.type().name()
                        + "'");
            }
            return it;
        });
        BuiltinFunctions.def(builtins, "anext", (ctx, a, kw) -> {
            Args.range("anext", a, kw, 0, 1, 2);
            PyObject it = a[0];
            if (it.type().lookup("__anext__") == null) {
                throw PyException.typeError("'" + it.type().name() + "' object is not an async iterator");
            }
            PyObject awaitable = Calls.callMethod(ctx, it, "__anext__");
            return a.length == 1 ? awaitable : new AnextAwaitable(awaitable, a[1]);
        });
    }

    /** Awaits the wrapped {@code __anext__()} result; StopAsyncIteration becomes the default value. */
    private static final class AnextAwaitable extends PyObject implements PyAwaitable {
        private final PyObject awaitable;
        private final PyObject dflt;

        AnextAwaitable(PyObject awaitable, PyObject dflt) {
            this.awaitable = awaitable;
            this.dflt = dflt;
        }

        @Override
        public PyType type() {
            return ANEXT_AWAITABLE;
        }

        @Override
        public Resumable awaitIterator(RunContext ctx) {
            Resumable inner;
            if (awaitable instanceof PyAwaitable a) {
                inner = a.awaitIterator(ctx);
            } else if (awaitable instanceof Resumable r) {
                inner = r;
            } else {
                throw PyException.typeError("object " + awaitable.type().name()
                        + " can't be used in 'await' expression");
            }
            return new Resumable() {
                @Override
                public Step send(RunContext c, PyObject value) {
                    return translate(() -> inner.send(c, value));
                }

                @Override
                public Step throwInto(RunContext c, PyBaseException exc) {
                    return translate(() -> inner.throwInto(c, exc));
                }

                @Override
                public void close(RunContext c) {
                    inner.close(c);
                }
            };
        }

        private Step translate(java.util.function.Supplier<Step> step) {
            Step s;
            try {
                s = step.get();
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                    return Step.returned(dflt);
                }
                throw e;
            }
            if (s.isRaise() && s.exception().type().isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                return Step.returned(dflt);
            }
            return s;
        }
    }
}
