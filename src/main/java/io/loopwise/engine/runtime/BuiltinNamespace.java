package io.loopwise.engine.runtime;

import java.util.HashMap;
import java.util.Map;

/** The builtins namespace shared (read-only) by every run: the types, the exception classes and lib's functions. */
public final class BuiltinNamespace {
    private static final Map<String, PyObject> BUILTINS = build();

    private BuiltinNamespace() {
    }

    public static Map<String, PyObject> get() {
        return BUILTINS;
    }

    private static Map<String, PyObject> build() {
        BuiltinTypes.init();
        Map<String, PyObject> m = new HashMap<>();
        for (PyType t : new PyType[] {BuiltinTypes.OBJECT, BuiltinTypes.TYPE, BuiltinTypes.INT, BuiltinTypes.BOOL,
            BuiltinTypes.FLOAT, BuiltinTypes.STR, BuiltinTypes.LIST, BuiltinTypes.TUPLE, BuiltinTypes.DICT,
            BuiltinTypes.SET, BuiltinTypes.FROZENSET, BuiltinTypes.RANGE, BuiltinTypes.SLICE, BuiltinTypes.PROPERTY,
            BuiltinTypes.STATICMETHOD, BuiltinTypes.CLASSMETHOD, BuiltinTypes.SUPER}) {
            m.put(t.name(), t);
        }
        for (PyType t : ExceptionTypes.ALL) {
            m.put(t.name(), t);
        }
        m.put("IOError", ExceptionTypes.OS_ERROR);
        m.put("EnvironmentError", ExceptionTypes.OS_ERROR);
        m.put("NotImplemented", PyNone.NOT_IMPLEMENTED);
        m.put("Ellipsis", PyNone.ELLIPSIS);
        m.put("None", PyNone.NONE);
        m.put("True", PyBool.TRUE);
        m.put("False", PyBool.FALSE);
        m.put("__name__", PyStr.of("builtins"));
        io.loopwise.engine.runtime.builtins.BuiltinLibrary.installFunctions(m);
        return Map.copyOf(m);
    }
}
