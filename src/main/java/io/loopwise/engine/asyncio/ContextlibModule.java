package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.PyNativeFunction;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * The {@code contextlib} module: {@code contextmanager}, {@code asynccontextmanager} (see
 * {@link GeneratorContextManagers}), {@code suppress(*exceptions)} and {@code aclosing(thing)}.
 */
final class ContextlibModule {
    static final PyType SUPPRESS = PyType.builtin("suppress", "contextlib")
            .def("__enter__", (ctx, a, k) -> PyNone.NONE)
            .def("__exit__", (ctx, a, k) -> {
                PyObject excType = a.length > 1 ? a[1] : PyNone.NONE;
                if (!(excType instanceof PyType t)) {
                    return PyBool.FALSE;
                }
                for (PyObject e : ((Suppress) a[0]).exceptions) {
                    if (e instanceof PyType s && t.isSubtypeOf(s)) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            })
            .notSubclassable();

    /** CPython's {@code contextlib.aclosing}: enter gives the thing, exit awaits {@code thing.aclose()}. */
    static final PyType ACLOSING = PyType.builtin("aclosing", "contextlib")
            .def("__aenter__", (ctx, a, k) -> new Immediate(ctx, "aclosing.__aenter__", c -> ((Aclosing) a[0]).thing))
            .def("__aexit__", (ctx, a, k) -> new AcloseOnExit(ctx, ((Aclosing) a[0]).thing))
            .notSubclassable();

    private ContextlibModule() {
    }

    static PyModule create(RunContext ctx) {
        PyModule m = new PyModule("contextlib");
        m.def("suppress", (c, a, k) -> new Suppress(a.clone()));
        m.def("aclosing", (c, a, k) -> {
            io.loopwise.engine.runtime.ArgParser.checkPositional("aclosing", a, k, 1, 1);
            return new Aclosing(a[0]);
        });
        m.def("contextmanager", (c, a, k) -> {
            io.loopwise.engine.runtime.ArgParser.checkPositional("contextmanager", a, k, 1, 1);
            PyObject func = a[0];
            return PyNativeFunction.of("helper",
                    (c2, args, kw) -> new GeneratorContextManagers.Sync(
                            io.loopwise.engine.runtime.Calls.call(c2, func, args, kw)));
        });
        m.def("asynccontextmanager", (c, a, k) -> {
            io.loopwise.engine.runtime.ArgParser.checkPositional("asynccontextmanager", a, k, 1, 1);
            PyObject func = a[0];
            return PyNativeFunction.of("helper",
                    (c2, args, kw) -> new GeneratorContextManagers.Async(
                            io.loopwise.engine.runtime.Calls.call(c2, func, args, kw)));
        });
        return m;
    }

    /** {@code contextlib.suppress}: a context manager whose exit swallows the listed exception types. */
    static final class Suppress extends PyObject {
        final PyObject[] exceptions;

        Suppress(PyObject[] exceptions) {
            this.exceptions = exceptions;
        }

        @Override
        public PyType type() {
            return SUPPRESS;
        }
    }

    /** {@code contextlib.aclosing(thing)}, typically an async generator left early by {@code break}. */
    static final class Aclosing extends PyObject {
        final PyObject thing;

        Aclosing(PyObject thing) {
            this.thing = thing;
        }

        @Override
        public PyType type() {
            return ACLOSING;
        }
    }

    /** {@code aclosing.__aexit__}: {@code await self.thing.aclose()}, returning None (exceptions propagate). */
    private static final class AcloseOnExit extends NativeCoroutine {
        private final PyObject thing;
        private Resumable inner;

        AcloseOnExit(RunContext ctx, PyObject thing) {
            super(ctx, "aclosing.__aexit__");
            this.thing = thing;
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            try {
                if (inner == null) {
                    inner = Awaitables.iteratorOf(ctx, Calls.callMethod(ctx, thing, "aclose"));
                }
                Step s = thrown == null ? inner.send(ctx, PyNone.NONE) : inner.throwInto(ctx, thrown);
                return s.isReturn() ? Step.returned(PyNone.NONE) : s;
            } catch (PyException e) {
                return Step.raised(e.value());
            }
        }
    }
}
