package io.loopwise.engine.runtime;

import java.util.List;

/**
 * Subscription as CPython's abstract.c does it: {@code o[key]}, {@code o[key] = v}, {@code del o[key]}, with Java
 * fast paths for the builtin containers (also when subclassed) and dispatch to a user class's special methods.
 */
public final class Subscription {
    private Subscription() {
    }

    public static PyObject getItem(RunContext ctx, PyObject o, PyObject key) {
        PyType t = o.type();
        if (t.isBuiltin() || !t.overriddenByUser("__getitem__")) {
            PyObject v = builtinGetItem(ctx, o, key);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PyType) {
            PyObject cg = ((PyType) o).lookup("__class_getitem__");
            if (cg != null) {
                return Calls.call(ctx, cg.descriptorGet(null, (PyType) o), key);
            }
            if (!((PyType) o).isBuiltin()) {
                throw PyException.typeError("type '" + ((PyType) o).name() + "' is not subscriptable");
            }
            return o; // list[int] and friends: generic aliases are accepted and ignored
        }
        PyObject f = t.lookup("__getitem__");
        if (f == null) {
            throw PyException.typeError("'" + t.tpName() + "' object is not subscriptable");
        }
        return Protocols.callSpecial(ctx, f, o, key);
    }

    /** Subscription of the Java-implemented containers (also for user subclasses); null when not applicable. */
    public static PyObject builtinGetItem(RunContext ctx, PyObject o, PyObject key) {
        if (o instanceof PyList) {
            List<PyObject> items = ((PyList) o).items();
            if (isIndex(key)) {
                return items.get(normalizeIndex(key, items.size(), "list"));
            }
            if (key instanceof PySlice) {
                return PyList.copyOf(Sequences.slice(ctx, items, (PySlice) key));
            }
            throw PyException.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        if (o instanceof PyTuple) {
            PyTuple tu = (PyTuple) o;
            if (isIndex(key)) {
                return tu.get(normalizeIndex(key, tu.size(), "tuple"));
            }
            if (key instanceof PySlice) {
                return PyTuple.of(Sequences.slice(ctx, tu.asList(), (PySlice) key));
            }
            throw PyException.typeError("tuple indices must be integers or slices, not " + key.type().name());
        }
        if (o instanceof PyDict) {
            PyObject v = ((PyDict) o).get(key);
            if (v == null) {
                PyObject missing = o.type().isBuiltin() ? null : o.type().lookup("__missing__");
                if (missing != null) {
                    return Protocols.callSpecial(ctx, missing, o, key);
                }
                throw PyException.keyError(key);
            }
            return v;
        }
        if (o instanceof PyStr) {
            PyStr str = (PyStr) o;
            if (isIndex(key)) {
                return str.codePointAt(normalizeIndex(key, str.length(), "string"));
            }
            if (key instanceof PySlice) {
                return PyStr.of(Sequences.sliceString(str, (PySlice) key));
            }
            throw PyException.typeError("string indices must be integers, not '" + key.type().name() + "'");
        }
        return null;
    }

    private static boolean isIndex(PyObject key) {
        return key instanceof PyInt || (!(key instanceof PySlice) && key.type().lookup("__index__") != null);
    }

    /** A Python index into a sequence of {@code size}, negative from the end; IndexError when out of range. */
    public static int normalizeIndex(PyObject key, int size, String what) {
        long i = Protocols.index(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyException.indexError(what + " index out of range");
        }
        return (int) i;
    }

    public static void setItem(RunContext ctx, PyObject o, PyObject key, PyObject value) {
        PyType t = o.type();
        if ((t.isBuiltin() || !t.overriddenByUser("__setitem__")) && builtinSetItem(ctx, o, key, value)) {
            return;
        }
        PyObject f = t.lookup("__setitem__");
        if (f == null) {
            throw PyException.typeError("'" + t.tpName() + "' object does not support item assignment");
        }
        Protocols.callSpecial(ctx, f, o, key, value);
    }

    /** Item assignment of list and dict (also for user subclasses); false when not applicable. */
    public static boolean builtinSetItem(RunContext ctx, PyObject o, PyObject key, PyObject value) {
        {
            if (o instanceof PyList) {
                List<PyObject> items = ((PyList) o).items();
                if (key instanceof PySlice) {
                    Sequences.assignSlice(ctx, items, (PySlice) key, value);
                    return true;
                }
                items.set(normalizeIndex(key, items.size(), "list assignment"), value);
                return true;
            }
            if (o instanceof PyDict) {
                ((PyDict) o).put(key, value);
                return true;
            }
        }
        return false;
    }

    public static void delItem(RunContext ctx, PyObject o, PyObject key) {
        PyType t = o.type();
        if ((t.isBuiltin() || !t.overriddenByUser("__delitem__")) && builtinDelItem(ctx, o, key)) {
            return;
        }
        PyObject f = t.lookup("__delitem__");
        if (f == null) {
            throw PyException.typeError("'" + t.name() + "' object doesn't support item deletion");
        }
        Protocols.callSpecial(ctx, f, o, key);
    }

    /** Item deletion of list and dict (also for user subclasses); false when not applicable. */
    public static boolean builtinDelItem(RunContext ctx, PyObject o, PyObject key) {
        {
            if (o instanceof PyList) {
                List<PyObject> items = ((PyList) o).items();
                if (key instanceof PySlice) {
                    Sequences.deleteSlice(ctx, items, (PySlice) key);
                    return true;
                }
                items.remove(normalizeIndex(key, items.size(), "list assignment"));
                return true;
            }
            if (o instanceof PyDict) {
                if (((PyDict) o).map().remove(key) == null) {
                    throw PyException.keyError(key);
                }
                return true;
            }
        }
        return false;
    }
}
