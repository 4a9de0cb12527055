package io.loopwise.engine.runtime;

import io.loopwise.engine.runtime.DataclassesModule.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods {@code @dataclass} generates, as CPython's Lib/dataclasses.py writes them: {@code __init__} (with
 * CPython's argument errors, defaults, factories and {@code __post_init__}), {@code __repr__}, {@code __eq__}, the
 * ordering methods, {@code __hash__} and the frozen {@code __setattr__}/{@code __delattr__}.
 */
final class DataclassMethods {
    private static final PyObject MISSING = DataclassesModule.MISSING;

    private DataclassMethods() {
    }

    /**
     * Installs the methods the options ask for on {@code cls}, over fields {@code fl} in definition order. As
     * CPython's _process_class: __init__/__repr__/__eq__ the class defines itself are kept, ordering or frozen
     * methods it defines are an error, and __hash__ follows the (unsafe_hash, eq, frozen, explicit hash) table.
     */
    static void generate(PyType cls, List<Field> fl, DataclassesModule.Options o) {
        PyObject classHash = cls.ownDict().get("__hash__");
        boolean explicitHash = classHash != null && !(classHash == PyNone.NONE && cls.ownDict().containsKey("__eq__"));
        if (o.order() && !o.eq()) {
            throw PyException.valueError("eq must be true if order is true");
        }
        if (o.init()) {
            defineUnlessPresent(cls, "__init__", (c, a, kw) -> initInstance(c, cls, fl, a, kw));
        }
        if (o.repr()) {
            defineUnlessPresent(cls, "__repr__", (c, a, kw) -> PyStr.of(reprOf(c, a[0], fl)));
        }
        if (o.eq()) {
            defineUnlessPresent(cls, "__eq__", (c, a, kw) -> a[1].type() != a[0].type() ? PyNone.NOT_IMPLEMENTED
                    : Operators.compare(c, Operators.EQ, tupleOf(c, a[0], fl), tupleOf(c, a[1], fl)));
        }
        if (o.order()) {
            String[] names = {"__lt__", "__le__", "__gt__", "__ge__"};
            int[] ops = {Operators.LT, Operators.LE, Operators.GT, Operators.GE};
            for (int i = 0; i < names.length; i++) {
                int op = ops[i];
                defineOrFail(cls, names[i], (c, a, kw) -> a[1].type() != a[0].type() ? PyNone.NOT_IMPLEMENTED
                        : Operators.compare(c, op, tupleOf(c, a[0], fl), tupleOf(c, a[1], fl)),
                        ". Consider using functools.total_ordering");
            }
        }
        if (o.frozen()) {
            defineOrFail(cls, "__setattr__", (c, a, kw) -> {
                throw new PyException(ExceptionTypes.newException(DataclassesModule.FROZEN_INSTANCE_ERROR,
                        PyTuple.of(PyStr.of("cannot assign to field '" + ((PyStr) a[1]).value() + "'"))));
            }, "");
            defineOrFail(cls, "__delattr__", (c, a, kw) -> {
                throw new PyException(ExceptionTypes.newException(DataclassesModule.FROZEN_INSTANCE_ERROR,
                        PyTuple.of(PyStr.of("cannot delete field '" + ((PyStr) a[1]).value() + "'"))));
            }, "");
        }
        NativeBody hash = (c, a, kw) -> PyInt.valueOf(Hashing.hash(c, tupleOf(c, a[0], fl)));
        if (o.unsafeHash()) {
            if (explicitHash) {
                throw PyException.typeError("Cannot overwrite attribute __hash__ in class " + cls.name());
            }
            define(cls, "__hash__", hash);
        } else if (o.eq() && !explicitHash) {
            if (o.frozen()) {
                define(cls, "__hash__", hash);
            } else {
                cls.setAttribute("__hash__", PyNone.NONE);
            }
        }
    }

    private static void defineUnlessPresent(PyType cls, String name, NativeBody body) {
        if (!cls.ownDict().containsKey(name)) {
            define(cls, name, body);
        }
    }

    private static void defineOrFail(PyType cls, String name, NativeBody body, String advice) {
        if (cls.ownDict().containsKey(name)) {
            throw PyException.typeError("Cannot overwrite attribute " + name + " in class " + cls.name() + advice);
        }
        define(cls, name, body);
    }

    private static void define(PyType cls, String name, NativeBody body) {
        cls.setAttribute(name, new UserNativeMethod(name, cls, body));
    }

    /** A generated method: native, but counts as defined by the class (so it overrides builtin behaviour). */
    static final class UserNativeMethod extends PyObject {
        private final PyNativeFunction fn;

        UserNativeMethod(String name, PyType owner, NativeBody body) {
            this.fn = new PyNativeFunction(name, owner, body, true);
        }

        @Override
        public PyType type() {
            return BuiltinTypes.FUNCTION;
        }

        @Override
        public PyObject call(RunContext ctx, PyObject[] args, String[] kwNames) {
            return fn.call(ctx, args, kwNames);
        }

        @Override
        public PyObject descriptorGet(PyObject instance, PyType owner) {
            return instance == null ? this : new PyMethod(instance, this);
        }

        @Override
        public boolean isMethodDescriptor() {
            return true;
        }
    }

    private static PyObject initInstance(RunContext ctx, PyType cls, List<Field> fl, PyObject[] a, String[] kw) {
        PyObject self = a[0];
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw - 1;
        // the signature CPython generates: positional fields in order, then the keyword-only ones
        List<Field> params = new ArrayList<>();
        int positional = 0;
        for (Field f : fl) {
            if (f.init && !f.kwOnly) {
                params.add(f);
                positional++;
            }
        }
        for (Field f : fl) {
            if (f.init && f.kwOnly) {
                params.add(f);
            }
        }
        String fn = cls.qualname() + ".__init__";
        PyObject[] values = new PyObject[params.size()];
        System.arraycopy(a, 1, values, 0, Math.min(npos, positional));
        int kwOnlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i).name.equals(kw[k])) {
                    idx = i;
                }
            }
            if (idx < 0) {
                throw PyException.typeError(fn + "() got an unexpected keyword argument '" + kw[k] + "'");
            }
            if (values[idx] != null) {
                throw PyException.typeError(fn + "() got multiple values for argument '" + kw[k] + "'");
            }
            values[idx] = a[1 + npos + k];
            kwOnlyGiven += idx >= positional ? 1 : 0;
        }
        if (npos > positional) {
            throw PyException.typeError(tooManyPositional(fn, params.subList(0, positional), npos, kwOnlyGiven));
        }
        List<String> missing = new ArrayList<>();
        List<String> missingKwOnly = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Field f = params.get(i);
            if (values[i] == null) {
                if (f.defaultValue != MISSING) {
                    values[i] = f.defaultValue;
                } else if (f.defaultFactory != MISSING) {
                    values[i] = Calls.call(ctx, f.defaultFactory);
                } else {
                    (i < positional ? missing : missingKwOnly).add("'" + f.name + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw PyException.typeError(missingMessage(fn, missing, "positional"));
        }
        if (!missingKwOnly.isEmpty()) {
            throw PyException.typeError(missingMessage(fn, missingKwOnly, "keyword-only"));
        }
        for (Field f : fl) {
            if (f.init) {
                Attributes.genericSetAttr(ctx, self, f.name, values[params.indexOf(f)]);
            } else if (f.defaultFactory != MISSING) {
                Attributes.genericSetAttr(ctx, self, f.name, Calls.call(ctx, f.defaultFactory));
            } else if (f.defaultValue != MISSING) {
                Attributes.genericSetAttr(ctx, self, f.name, f.defaultValue);
            }
        }
        if (self.type().lookup("__post_init__") != null) {
            Calls.callMethod(ctx, self, "__post_init__");
        }
        return PyNone.NONE;
    }

    /** CPython's too_many_positional: counts include self, as the generated def has it. */
    private static String tooManyPositional(String fn, List<Field> positional, int npos, int kwOnlyGiven) {
        int argcount = positional.size() + 1;
        int defaults = 0;
        for (Field f : positional) {
            if (f.defaultValue != MISSING || f.defaultFactory != MISSING) {
                defaults++;
            }
        }
        String sig = defaults > 0 ? "from " + (argcount - defaults) + " to " + argcount : String.valueOf(argcount);
        boolean plural = defaults > 0 || argcount != 1;
        int given = npos + 1;
        String kwSig = kwOnlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwOnlyGiven + " keyword-only argument" + (kwOnlyGiven != 1 ? "s" : "") + ")";
        return fn + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but " + given + kwSig + " "
                + (given == 1 && kwOnlyGiven == 0 ? "was" : "were") + " given";
    }

    private static String missingMessage(String fn, List<String> names, String kind) {
        String list = names.size() == 1 ? names.get(0) : names.size() == 2 ? names.get(0) + " and " + names.get(1)
                : String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
        return fn + "() missing " + names.size() + " required " + kind + " argument" + (names.size() == 1 ? "" : "s")
                + ": " + list;
    }

    private static String reprOf(RunContext ctx, PyObject self, List<Field> fl) {
        if (!ctx.enterRepr(self)) {
            return "...";
        }
        try {
            StringBuilder b = new StringBuilder(self.type().qualname()).append('(');
            boolean first = true;
            for (Field f : fl) {
                if (!f.repr) {
                    continue;
                }
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(f.name).append('=').append(Protocols.repr(ctx, Attributes.getAttr(ctx, self, f.name)));
            }
            return b.append(')').toString();
        } finally {
            ctx.exitRepr(self);
        }
    }

    private static PyTuple tupleOf(RunContext ctx, PyObject self, List<Field> fl) {
        List<PyObject> vs = new ArrayList<>();
        for (Field f : fl) {
            if (f.compare) {
                vs.add(Attributes.getAttr(ctx, self, f.name));
            }
        }
        return PyTuple.of(vs);
    }
}
