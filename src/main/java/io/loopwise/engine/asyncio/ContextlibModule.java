package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.PyNativeFunction;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;

/**
 * The {@code contextlib} module: {@code contextmanager}, {@code asynccontextmanager} (see
 * {@link GeneratorContextManagers}) and {@code suppress(*exceptions)}.
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

    private ContextlibModule() {
    }

    static PyModule create(RunContext ctx) {
        PyModule m = new PyModule("contextlib");
        m.def("suppress", (c, a, k) -> new Suppress(a.clone()));
        m.def("contextmanager", (c, a, k) -> {
            io.loopwise.engine.runtime.ArgParser.checkPositional("contextmanager", a, k, 1, 1);
            PyObject func = a[0];
            return PyNativeFunction.of("helper",
                    (c2, args, kw) -> new GeneratorContextManagers.Sync(c2, func, args, kw));
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
}
