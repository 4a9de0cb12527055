package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import java.util.Map;

/**
 * The hook through which lib installs the methods of the builtin types and the builtin functions.
 * Lang calls {@link #installTypes()} once per JVM while bootstrapping, and {@link #installFunctions(Map)} to
 * fill a builtins namespace.
 */
public final class BuiltinLibrary {
    private BuiltinLibrary() {
    }

    /** Registers native methods and constructors on {@link BuiltinTypes} types (before any is frozen). */
    public static void installTypes() {
        StrMethods.install(BuiltinTypes.STR);
        ListMethods.install(BuiltinTypes.LIST);
        TupleMethods.install(BuiltinTypes.TUPLE);
        DictMethods.install(BuiltinTypes.DICT);
        PyDictView.install();
        SetMethods.install(BuiltinTypes.SET, BuiltinTypes.FROZENSET);
        NumberMethods.install();
        RangeMethods.install();
        IteratorTypes.install();
        Constructors.install();
        TextFormatting.install();
        PyUnion.install();
    }

    /** Adds the builtin functions and the callable builtin types to the builtins namespace. */
    public static void installFunctions(Map<String, PyObject> builtins) {
        BuiltinFunctions.install(builtins);
        NumericFunctions.install(builtins);
        AggregateFunctions.install(builtins);
        AsyncIterationFunctions.install(builtins);
        for (PyType type : new PyType[] {BuiltinTypes.INT, BuiltinTypes.FLOAT, BuiltinTypes.STR, BuiltinTypes.BOOL,
            BuiltinTypes.LIST, BuiltinTypes.TUPLE, BuiltinTypes.DICT, BuiltinTypes.SET, BuiltinTypes.FROZENSET,
            BuiltinTypes.RANGE, BuiltinTypes.SLICE, BuiltinTypes.TYPE, BuiltinTypes.OBJECT, IteratorTypes.ENUMERATE,
            IteratorTypes.ZIP, IteratorTypes.MAP, IteratorTypes.FILTER, IteratorTypes.REVERSED}) {
            builtins.put(type.name(), type);
        }
    }
}
