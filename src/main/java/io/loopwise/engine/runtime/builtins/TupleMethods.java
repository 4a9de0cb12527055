package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;

/** The methods of {@code tuple}: count and index. */
final class TupleMethods {
    private TupleMethods() {
    }

    static void install(PyType tuple) {
        tuple.def("count", (ctx, a, kw) -> PyInt.valueOf(ListMethods.count(ctx, ((PyTuple) a[0]).asList(),
                Args.one("tuple.count", a, kw, 1))));
        tuple.def("index", (ctx, a, kw) -> {
            Args.range("index", a, kw, 1, 1, 3);
            return PyInt.valueOf(ListMethods.indexOf(ctx, ((PyTuple) a[0]).asList(), a, "tuple"));
        });
    }
}
