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

    /** Installs the methods the options ask for on {@code cls}, over fields {@code fl} in definition order. */
    static void generate(PyType cls, List<Field> fl, boolean init, boolean repr, boolean eq, boolean order,
                         boolean frozen) {
        if (init) {
            define(cls, "__init__", (c, a, kw) -> initInstance(c, cls, fl, frozen, a, kw));
        }
        if (repr) {
            define(cls, "__repr__", (c, a, kw) -> PyStr.of(reprOf(c, a[0], fl)));
        }
        if (eq) {
            define(cls, "__eq__", (c, a, kw) -> a[1].type() != a[0].type() ? PyNone.NOT_IMPLEMENTED
                    : Operators.compare(c, Operators.EQ, tupleOf(c, a[0], fl), tupleOf(c, a[1], fl)));
        }
        if (order) {
            String[] names = {"__lt__", "__le__", "__gt__", "__ge__"};
            int[] ops = {Operators.LT, Operators.LE, Operators.GT, Operators.GE};
            for (int i = 0; i < names.length; i++) {
                int op = ops[i];
                define(cls, names[i], (c, a, kw) -> a[1].type() != a[0].type() ? PyNone.NOT_IMPLEMENTED
                        : Operators.compare(c, op, tupleOf(c, a[0], fl), tupleOf(c, a[1], fl)));
            }
        }
        if (eq && frozen) {
            define(cls, "__hash__", (c, a, kw) -> PyInt.valueOf(Hashing.hash(c, tupleOf(c, a[0], fl))));
        } else if (eq && !cls.ownDict().containsKey("__hash__")) {
            cls.setAttribute("__hash__", PyNone.NONE);
        } else if (eq && cls.ownDict().get("__hash__") == PyNone.NONE) {
            cls.setAttribute("__hash__", PyNone.NONE);
        }
        if (frozen) {
            define(cls, "__setattr__", (c, a, kw) -> {
                throw new PyException(ExceptionTypes.newException(DataclassesModule.FROZEN_INSTANCE_ERROR,
                        PyTuple.of(PyStr.of("cannot assign to field '" + ((PyStr) a[1]).value() + "'"))));
            });
            define(cls, "__delattr__", (c, a, kw) -> {
                throw new PyException(ExceptionTypes.newException(DataclassesModule.FROZEN_INSTANCE_ERROR,
                        PyTuple.of(PyStr.of("cannot delete field '" + ((PyStr) a[1]).value() + "'"))));
            });
        }
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

    private static PyObject initInstance(RunContext ctx, PyType cls, List<Field> fl, boolean frozen, PyObject[] a,
                                         String[] kw) {
        PyObject self = a[0];
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw - 1;
        List<Field> params = new ArrayList<>();
        for (Field f : fl) {
            if (f.init) {
                params.add(f);
            }
        }
        String fn = cls.qualname() + ".__init__";
        if (npos > params.size()) {
            int required = 0;
            for (Field f : params) {
                if (f.defaultValue == MISSING && f.defaultFactory == MISSING) {
                    required++;
                }
            }
            String takes = required == params.size() ? String.valueOf(params.size() + 1)
                    : "from " + (required + 1) + " to " + (params.size() + 1);
            throw PyException.typeError(fn + "() takes " + takes + " positional argument"
                    + (params.size() == 0 && required == params.size() ? "" : "s") + " but " + (npos + 1)
                    + " were given");
        }
        PyObject[] values = new PyObject[params.size()];
        System.arraycopy(a, 1, values, 0, npos);
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
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Field f = params.get(i);
            if (values[i] == null) {
                if (f.defaultValue != MISSING) {
                    values[i] = f.defaultValue;
                } else if (f.defaultFactory != MISSING) {
                    values[i] = Calls.call(ctx, f.defaultFactory);
                } else {
                    missing.add("'" + f.name + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            String list = missing.size() == 1 ? missing.get(0) : missing.size() == 2
                    ? missing.get(0) + " and " + missing.get(1)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + ", and " + missing.get(missing.size() - 1);
            throw PyException.typeError(fn + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + list);
        }
        for (int i = 0; i < params.size(); i++) {
            Attributes.genericSetAttr(ctx, self, params.get(i).name, values[i]);
        }
        for (Field f : fl) {
            if (!f.init && f.defaultFactory != MISSING) {
                Attributes.genericSetAttr(ctx, self, f.name, Calls.call(ctx, f.defaultFactory));
            } else if (!f.init && f.defaultValue != MISSING) {
                Attributes.genericSetAttr(ctx, self, f.name, f.defaultValue);
            }
        }
        if (self.type().lookup("__post_init__") != null) {
            Calls.callMethod(ctx, self, "__post_init__");
        }
        return PyNone.NONE;
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
