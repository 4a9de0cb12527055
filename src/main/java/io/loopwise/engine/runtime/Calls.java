package io.loopwise.engine.runtime;

/**
 * Calling Python values from Java (synchronously: a Python function runs to completion in a nested interpreter
 * loop) and the class-instantiation protocol ({@code __new__} then {@code __init__}).
 */
public final class Calls {
    private static final PyObject[] NO_ARGS = new PyObject[0];

    private Calls() {
    }

    public static PyObject call(RunContext ctx, PyObject f, PyObject[] args, String[] kwNames) {
        return f.call(ctx, args, kwNames);
    }

    public static PyObject call(RunContext ctx, PyObject f) {
        return f.call(ctx, NO_ARGS, null);
    }

    public static PyObject call(RunContext ctx, PyObject f, PyObject a) {
        return f.call(ctx, new PyObject[] {a}, null);
    }

    public static PyObject call(RunContext ctx, PyObject f, PyObject a, PyObject b) {
        return f.call(ctx, new PyObject[] {a, b}, null);
    }

    public static PyObject call(RunContext ctx, PyObject f, PyObject a, PyObject b, PyObject c) {
        return f.call(ctx, new PyObject[] {a, b, c}, null);
    }

    /** Calls {@code f(self, *args)}. */
    public static PyObject callWithSelf(RunContext ctx, PyObject f, PyObject self, PyObject[] args, String[] kwNames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return f.call(ctx, all, kwNames);
    }

    /** Calls method {@code name} of {@code self} (looked up on its type), or throws AttributeError. */
    public static PyObject callMethod(RunContext ctx, PyObject self, String name, PyObject... args) {
        PyObject f = self instanceof PyType ? null : self.type().lookup(name);
        if (f == null || self.instanceDict() != null && self.instanceDict().containsKey(name)) {
            return call(ctx, Attributes.getAttr(ctx, self, name), args, null);
        }
        if (f.isMethodDescriptor()) {
            return callWithSelf(ctx, f, self, args, null);
        }
        return call(ctx, f.descriptorGet(self, self.type()), args, null);
    }

    /** {@code type(...)}: {@code __new__} (user-defined or the nearest builtin constructor), then {@code __init__}. */
    static PyObject instantiate(RunContext ctx, PyType type, PyObject[] args, String[] kwNames) {
        if (type == BuiltinTypes.TYPE && args.length == 1 && (kwNames == null || kwNames.length == 0)) {
            return args[0].type();
        }
        PyObject[] withType = new PyObject[args.length + 1];
        withType[0] = type;
        System.arraycopy(args, 0, withType, 1, args.length);
        PyObject instance;
        PyObject userNew = type.isBuiltin() ? null : userDefined(type, "__new__");
        if (userNew != null) {
            instance = Attributes.unwrapStatic(userNew).call(ctx, withType, kwNames);
        } else {
            instance = type.nearestConstructor().call(ctx, withType, kwNames);
        }
        if (!type.isBuiltin() && instance.type().isSubtypeOf(type)) {
            PyObject init = type.lookup("__init__");
            if (init != null && type.overriddenByUser("__init__")) {
                PyObject r = callWithSelf(ctx, init, instance, args, kwNames);
                if (r != PyNone.NONE) {
                    throw PyException.typeError("__init__() should return None, not '" + r.type().name() + "'");
                }
            }
        }
        return instance;
    }

    private static PyObject userDefined(PyType type, String name) {
        for (PyType t : type.mroArray()) {
            PyObject v = t.ownDict().get(name);
            if (v != null) {
                return t.isBuiltin() ? null : v;
            }
        }
        return null;
    }
}
