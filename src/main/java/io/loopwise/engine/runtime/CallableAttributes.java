package io.loopwise.engine.runtime;

/**
 * Introspection of callables other than Python functions: bound methods ({@code __func__}, {@code __self__},
 * {@code __name__}...), builtins ({@code __name__}, {@code __qualname__}, {@code __module__}) and properties
 * ({@code fset}, {@code fdel}, {@code __doc__}), bound-method equality, plus CPython's description of a callable in
 * call errors.
 */
public final class CallableAttributes {
    private CallableAttributes() {
    }

    static void install() {
        PyType method = BuiltinTypes.METHOD;
        method.defGetter("__func__", (ctx, s) -> ((PyMethod) s).function());
        method.defGetter("__self__", (ctx, s) -> ((PyMethod) s).self());
        for (String attr : new String[] {"__name__", "__qualname__", "__module__", "__doc__", "__annotations__",
            "__defaults__", "__kwdefaults__"}) {
            method.defGetter(attr, (ctx, s) -> Attributes.getAttr(ctx, ((PyMethod) s).function(), attr));
        }
        for (PyType t : new PyType[] {BuiltinTypes.BUILTIN_FUNCTION, BuiltinTypes.METHOD_DESCRIPTOR}) {
            t.defGetter("__name__", (ctx, s) -> PyStr.of(nativeOf(s).name()));
            t.defGetter("__qualname__", (ctx, s) -> PyStr.of(qualname(nativeOf(s))));
            t.defGetter("__doc__", (ctx, s) -> PyNone.NONE);
        }
        BuiltinTypes.BUILTIN_FUNCTION.defGetter("__module__", (ctx, s) -> s instanceof PyMethod
                || nativeOf(s).isMethod() ? PyNone.NONE : PyStr.of(nativeOf(s).module()));
        for (PyType t : new PyType[] {BuiltinTypes.METHOD, BuiltinTypes.BUILTIN_FUNCTION}) {
            // two bound methods are equal when they bind the same object to equal functions (m.f == m.f)
            t.def("__eq__", (ctx, a, kw) -> a[0] instanceof PyMethod && a[1] instanceof PyMethod
                    ? PyBool.of(a[0].equals(a[1])) : a[0] == a[1] ? PyBool.TRUE : PyNone.NOT_IMPLEMENTED);
        }
        PyType property = BuiltinTypes.PROPERTY;
        property.defGetter("fset", (ctx, s) -> orNone(((PyProperty) s).fset));
        property.defGetter("fdel", (ctx, s) -> orNone(((PyProperty) s).fdel));
        property.defGetter("__doc__", (ctx, s) -> ((PyProperty) s).doc(ctx));
    }

    /**
     * How CPython names a callable in call errors ({@code _PyObject_FunctionStr}): {@code __main__.f()},
     * {@code __main__.K.m()}, {@code print()}, or the object's str when it has no {@code __qualname__}.
     */
    public static String describe(RunContext ctx, PyObject callable) {
        PyObject qualname = callable instanceof PyInstance ? null
                : Attributes.lookupAttr(ctx, callable, "__qualname__");
        if (!(qualname instanceof PyStr)) {
            return Protocols.str(ctx, callable);
        }
        PyObject module = Attributes.lookupAttr(ctx, callable, "__module__");
        String q = ((PyStr) qualname).value();
        if (module instanceof PyStr && !((PyStr) module).value().equals("builtins")) {
            return ((PyStr) module).value() + "." + q + "()";
        }
        return q + "()";
    }

    private static PyNativeFunction nativeOf(PyObject s) {
        return (PyNativeFunction) (s instanceof PyMethod ? ((PyMethod) s).function() : s);
    }

    private static String qualname(PyNativeFunction f) {
        return f.isMethod() && f.owner() != null ? f.owner().name() + "." + f.name() : f.name();
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
