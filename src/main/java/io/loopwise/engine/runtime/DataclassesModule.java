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
    static final PyObject MISSING = new PyInstance(BuiltinTypes.OBJECT);
    /** The decorator's options that shape the generated methods. */
    record Options(boolean init, boolean repr, boolean eq, boolean order, boolean unsafeHash, boolean frozen) {
    }

    /** The {@code KW_ONLY} marker: fields annotated after {@code _: KW_ONLY} are keyword-only. */
    static final PyObject KW_ONLY = new PyInstance(PyType.builtin("_KW_ONLY_TYPE", "dataclasses",
            BuiltinTypes.OBJECT));
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
        /** Keyword-only in __init__; null until the decorator's kw_only (or a KW_ONLY marker) decides. */
        Boolean kwOnlyOption;
        boolean kwOnly;

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
            f.kwOnlyOption = v[7] == null || v[7] == MISSING ? null : Protocols.isTrue(c, v[7]);
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
        m.set("KW_ONLY", KW_ONLY);
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
        Options options = new Options(flag(ctx, opts[1], true), flag(ctx, opts[2], true), flag(ctx, opts[3], true),
                flag(ctx, opts[4], false), flag(ctx, opts[5], false), flag(ctx, opts[6], false));
        boolean kwOnlyDefault = flag(ctx, opts[8], false);
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
            boolean afterKwOnlyMarker = false;
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) ann).map().entrySet()) {
                String name = ((PyStr) e.getKey()).value();
                if (e.getValue() == KW_ONLY) {
                    afterKwOnlyMarker = true;
                    continue;
                }
                PyObject dflt = cls.ownDict().get(name);
                Field f = dflt instanceof Field ? (Field) dflt : new Field();
                if (!(dflt instanceof Field) && dflt != null) {
                    f.defaultValue = dflt;
                }
                f.name = name;
                f.type = e.getValue();
                f.kwOnly = f.kwOnlyOption != null ? f.kwOnlyOption : kwOnlyDefault || afterKwOnlyMarker;
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
            if (!f.init || f.kwOnly) {
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
        DataclassMethods.generate(cls, new ArrayList<>(fields.values()), options);
        return cls;
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
