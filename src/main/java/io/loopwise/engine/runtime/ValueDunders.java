package io.loopwise.engine.runtime;

import java.util.ArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The rich-comparison and hash methods of the builtin value types (int, bool, float, str, list, tuple), so explicit
 * calls such as {@code self.name.__eq__(other.name)} or {@code key.__hash__()} answer as CPython: the comparison of
 * the values, or NotImplemented for an operand of another kind ({@code (1).__eq__(1.0)} is NotImplemented, as
 * int only compares with ints). Each method compares plain builtin copies, so a subclass inheriting it never
 * dispatches back into itself.
 */
final class ValueDunders {
    private static final String[] NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] OPS = {Operators.LT, Operators.LE, Operators.EQ, Operators.NE, Operators.GT,
        Operators.GE};

    private ValueDunders() {
    }

    static void install() {
        UnaryOperator<PyObject> number = o -> o instanceof PyFloat ? new PyFloat(((PyFloat) o).value())
                : PyInt.valueOf(((PyInt) o).bigValue());
        define(BuiltinTypes.INT, o -> o instanceof PyInt, number, true);
        define(BuiltinTypes.FLOAT, o -> o instanceof PyInt || o instanceof PyFloat, number, true);
        define(BuiltinTypes.STR, o -> o instanceof PyStr, o -> PyStr.of(((PyStr) o).value()), true);
        define(BuiltinTypes.LIST, o -> o instanceof PyList, o -> new PyList(new ArrayList<>(((PyList) o).items())),
                false);
        define(BuiltinTypes.TUPLE, o -> o instanceof PyTuple, o -> PyTuple.of(((PyTuple) o).array()), true);
        for (PyType mutable : new PyType[] {BuiltinTypes.LIST, BuiltinTypes.DICT, BuiltinTypes.SET}) {
            mutable.setAttribute("__hash__", PyNone.NONE); // list.__hash__ is None: unhashable, as in CPython
        }
    }

    private static void define(PyType t, Predicate<PyObject> sameKind, UnaryOperator<PyObject> plain,
                               boolean hashable) {
        for (int i = 0; i < NAMES.length; i++) {
            int op = OPS[i];
            t.def(NAMES[i], (ctx, a, kw) -> {
                ArgParser.checkPositional(NAMES[op], a, kw, 2, 2);
                if (!sameKind.test(a[0]) || !sameKind.test(a[1])) {
                    return PyNone.NOT_IMPLEMENTED;
                }
                return Operators.compare(ctx, op, plain.apply(a[0]), plain.apply(a[1]));
            });
        }
        if (hashable) {
            t.def("__hash__", (ctx, a, kw) -> PyInt.valueOf(Hashing.hash(ctx, plain.apply(a[0]))));
        }
    }
}
