package io.loopwise.engine.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code dataclasses} module ({@code dataclass}, {@code field}, {@code fields}, {@code asdict}, {@code astuple},
 * {@code replace}, {@code is_dataclass}): CPython's Lib/dataclasses.py generated methods, written natively.
 */
final class DataclassesModule {
    static final PyType FIELD = PyType.builtin("Field", "dataclasses", BuiltinTypes.OBJECT).notSubclassable();
    static final PyType FROZEN_INSTANCE_ERROR = PyType.builtin("FrozenInstanceError", "dataclasses",
            ExceptionTypes.ATTRIBUTE_ERROR);
    private static final PyObject MISSING = new PyInstance(BuiltinTypes.OBJECT);
    private static final ArgParser DATACLASS = new ArgParser("dataclass", "cls=", "/", "*", "init=", "repr=", "eq=",
            "order=", "unsafe_hash=", "frozen=", "match_args=", "kw_only=", "slots=", "weakref_slot=");
    private static final ArgParser FIELD_ARGS = new ArgParser("field", "*", "default=", "default_factory=", "init=",
            "repr=", "hash=", "compare=", "metadata=", "kw_only=");

    /** One field of a dataclass (the {@code Field} objects of {@code __dataclass_fields__}). */
    static final class Field extends PyObject {
        String name;
        PyObject type = PyNone.NONE;
        PyObject defaultValue = MISSING;
        PyObject defaultFactory = MISSING;
        boolean init = true;
        boolean repr = true;
        boolean compare = true;

        @Override
        public PyType type() {
            return FIELD;
        }

        @Override
        public String toString() {
            return "Field(name=" + (name == null ? "None" : PyStr.repr(name)) + ")";
        }
    }

    static {
        FIELD.defGetter("name", (ctx, s) -> ((Field) s).name == null ? PyNone.NONE : PyStr.of(((Field) s).name));
        FIELD.defGetter("type", (ctx, s) -> ((Field) s).type);
        FIELD.defGetter("default", (ctx, s) -> ((Field) s).defaultValue);
        FIELD.defGetter("default_factory", (ctx, s) -> ((Field) s).defaultFactory);
    }

    private DataclassesModule() {
    }

    static PyModule create(RunContext ctx) {
        PyModule m = new PyModule("dataclasses");
        m.def("dataclass", (c, a, kw) -> {
            PyObject[] v = DATACLASS.parse(a, kw);
            if (v[0] != null && v[0] != PyNone.NONE) {
                return process(c, asType(v[0]), v);
            }
            return PyNativeFunction.of("wrap", (c2, a2, kw2) -> process(c2, asType(a2[0]), v));
        });
        m.def("field", (c, a, kw) -> {
            PyObject[] v = FIELD_ARGS.parse(a, kw);
            Field f = new Field();
            if (v[0] != null) {
                f.defaultValue = v[0];
            }
            if (v[1] != null) {
                f.defaultFactory = v[1];
            }
            if (f.defaultValue != MISSING && f.defaultFactory != MISSING) {
                throw PyException.valueError("cannot specify both default and default_factory");
            }
            f.init = v[2] == null || Protocols.isTrue(c, v[2]);
            f.repr = v[3] == null || Protocols.isTrue(c, v[3]);
            f.compare = v[5] == null || Protocols.isTrue(c, v[5]);
            return f;
        });
        m.def("fields", (c, a, kw) -> PyTuple.of(new ArrayList<>(fieldsOf(a[0]).values())));
        m.def("is_dataclass", (c, a, kw) -> PyBool.of(fieldsOrNull(a[0]) != null));
        m.def("asdict", (c, a, kw) -> convert(c, a[0], true));
        m.def("astuple", (c, a, kw) -> convert(c, a[0], false));
        m.def("replace", (c, a, kw) -> {
            Map<String, PyObject> fs = fieldsOf(a[0]);
            List<PyObject> values = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Map<String, PyObject> changes = new LinkedHashMap<>();
            for (int i = 0; kw != null && i < kw.length; i++) {
                changes.put(kw[i], a[a.length - kw.length + i]);
            }
            for (PyObject o : fs.values()) {
                Field f = (Field) o;
                if (f.init) {
                    names.add(f.name);
                    values.add(changes.containsKey(f.name) ? changes.remove(f.name)
                            : Attributes.getAttr(c, a[0], f.name));
                }
            }
            for (Map.Entry<String, PyObject> e : changes.entrySet()) {
                names.add(e.getKey());
                values.add(e.getValue());
            }
            return a[0].type().call(c, values.toArray(new PyObject[0]), names.toArray(new String[0]));
        });
        m.set("FrozenInstanceError", FROZEN_INSTANCE_ERROR);
        m.set("Field", FIELD);
        m.set("MISSING", MISSING);
        return m;
    }

    private static PyType asType(PyObject o) {
        if (!(o instanceof PyType) || ((PyType) o).isBuiltin()) {
            throw PyException.typeError("dataclass() should be called on a class");
        }
        return (PyType) o;
    }

    private static Map<String, PyObject> fieldsOrNull(PyObject o) {
        PyType t = o instanceof PyType ? (PyType) o : o.type();
        PyObject fs = t.lookup("__dataclass_fields__");
        if (!(fs instanceof PyDict)) {
            return null;
        }
        Map<String, PyObject> out = new LinkedHashMap<>();
        for (Map.Entry<PyObject, PyObject> e : ((PyDict) fs).map().entrySet()) {
            out.put(((PyStr) e.getKey()).value(), e.getValue());
        }
        return out;
    }

    private static Map<String, PyObject> fieldsOf(PyObject o) {
        Map<String, PyObject> fs = fieldsOrNull(o);
        if (fs == null) {
            throw PyException.typeError("must be called with a dataclass type or instance");
        }
        return fs;
    }

    private static boolean flag(RunContext ctx, PyObject v, boolean dflt) {
        return v == null ? dflt : Protocols.isTrue(ctx, v);
    }

    private static PyObject process(RunContext ctx, PyType cls, PyObject[] opts) {
        boolean init = flag(ctx, opts[1], true);
        boolean repr = flag(ctx, opts[2], true);
        boolean eq = flag(ctx, opts[3], true);
        boolean order = flag(ctx, opts[4], false);
        boolean frozen = flag(ctx, opts[6], false);
        Map<String, Field> fields = new LinkedHashMap<>();
        PyType[] mro = cls.mroArray();
        for (int i = mro.length - 1; i > 0; i--) {
            Map<String, PyObject> inherited = fieldsOrNull(mro[i]);
            if (inherited != null && mro[i].ownDict().containsKey("__dataclass_fields__")) {
                inherited.forEach((k, v) -> fields.put(k, (Field) v));
            }
        }
        PyObject ann = cls.ownDict().get("__annotations__");
        if (ann instanceof PyDict) {
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) ann).map().entrySet()) {
                String name = ((PyStr) e.getKey()).value();
                PyObject dflt = cls.ownDict().get(name);
                Field f = dflt instanceof Field ? (Field) dflt : new Field();
                if (!(dflt instanceof Field) && dflt != null) {
                    f.defaultValue = dflt;
                }
                f.name = name;
                f.type = e.getValue();
                if (f.defaultValue instanceof PyList || f.defaultValue instanceof PyDict
                        || (f.defaultValue instanceof PySet && !((PySet) f.defaultValue).isFrozen())) {
                    throw PyException.valueError("mutable default " + f.defaultValue.type() + " for field " + name
                            + " is not allowed: use default_factory");
                }
                if (dflt instanceof Field) {
                    if (f.defaultValue != MISSING) {
                        cls.setAttribute(name, f.defaultValue);
                    } else {
                        cls.setAttribute(name, null);
                    }
                }
                fields.put(name, f);
            }
        }
        boolean seenDefault = false;
        for (Field f : fields.values()) {
            if (!f.init) {
                continue;
            }
            boolean hasDefault = f.defaultValue != MISSING || f.defaultFactory != MISSING;
            if (!hasDefault && seenDefault) {
                throw PyException.typeError("non-default argument '" + f.name + "' follows default argument");
            }
            seenDefault |= hasDefault;
        }
        PyDict fieldDict = new PyDict();
        fields.forEach((k, v) -> fieldDict.put(k, v));
        cls.setAttribute("__dataclass_fields__", fieldDict);
        List<Field> fl = new ArrayList<>(fields.values());
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
                throw new PyException(ExceptionTypes.newException(FROZEN_INSTANCE_ERROR,
                        PyTuple.of(PyStr.of("cannot assign to field '" + ((PyStr) a[1]).value() + "'"))));
            });
            define(cls, "__delattr__", (c, a, kw) -> {
                throw new PyException(ExceptionTypes.newException(FROZEN_INSTANCE_ERROR,
                        PyTuple.of(PyStr.of("cannot delete field '" + ((PyStr) a[1]).value() + "'"))));
            });
        }
        return cls;
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

    private static PyObject convert(RunContext ctx, PyObject o, boolean dict) {
        Map<String, PyObject> fs = fieldsOrNull(o);
        if (fs != null && !(o instanceof PyType)) {
            if (dict) {
                PyDict d = new PyDict();
                for (String n : fs.keySet()) {
                    d.put(n, convert(ctx, Attributes.getAttr(ctx, o, n), true));
                }
                return d;
            }
            List<PyObject> vs = new ArrayList<>();
            for (String n : fs.keySet()) {
                vs.add(convert(ctx, Attributes.getAttr(ctx, o, n), false));
            }
            return PyTuple.of(vs);
        }
        if (o instanceof PyList) {
            List<PyObject> vs = new ArrayList<>();
            for (PyObject v : ((PyList) o).items()) {
                vs.add(convert(ctx, v, dict));
            }
            return PyList.copyOf(vs);
        }
        if (o instanceof PyTuple) {
            PyObject[] vs = ((PyTuple) o).array().clone();
            for (int i = 0; i < vs.length; i++) {
                vs[i] = convert(ctx, vs[i], dict);
            }
            return PyTuple.of(vs);
        }
        if (o instanceof PyDict) {
            PyDict d = new PyDict();
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) o).map().entrySet()) {
                d.put(convert(ctx, e.getKey(), dict), convert(ctx, e.getValue(), dict));
            }
            return d;
        }
        return o;
    }
}
