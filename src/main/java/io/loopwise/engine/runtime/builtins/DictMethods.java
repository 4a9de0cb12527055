package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.Attributes;
import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Subscription;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The methods of {@code dict} (CPython Objects/dictobject.c), including the update protocol dict() shares. */
final class DictMethods {
    private DictMethods() {
    }

    static void install(PyType dict) {
        dict.def("get", (ctx, a, kw) -> {
            Args.range("get", a, kw, 1, 1, 2);
            PyObject v = map(a).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        dict.def("setdefault", (ctx, a, kw) -> {
            Args.range("setdefault", a, kw, 1, 1, 2);
            LinkedHashMap<PyObject, PyObject> m = map(a);
            PyObject v = m.get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : PyNone.NONE;
                m.put(a[1], v);
            }
            return v;
        });
        dict.def("pop", (ctx, a, kw) -> {
            Args.range("pop", a, kw, 1, 1, 2);
            PyObject v = map(a).remove(a[1]);
            if (v == null) {
                if (a.length > 2) {
                    return a[2];
                }
                throw PyException.keyError(a[1]);
            }
            return v;
        });
        dict.def("popitem", (ctx, a, kw) -> {
            Args.none("dict.popitem", a, kw, 1);
            LinkedHashMap<PyObject, PyObject> m = map(a);
            if (m.isEmpty()) {
                throw PyException.keyError(PyStr.of("popitem(): dictionary is empty"));
            }
            Map.Entry<PyObject, PyObject> last = null;
            for (Map.Entry<PyObject, PyObject> e : m.entrySet()) {
                last = e;
            }
            m.remove(last.getKey());
            return PyTuple.of(last.getKey(), last.getValue());
        });
        dict.def("update", (ctx, a, kw) -> {
            int nkw = Args.keywordCount(kw);
            int npos = a.length - 1 - nkw;
            if (npos > 1) {
                throw PyException.typeError("update expected at most 1 argument, got " + npos);
            }
            PyDict self = (PyDict) a[0];
            if (npos == 1) {
                update(ctx, self, a[1]);
            }
            for (int k = 0; k < nkw; k++) {
                self.put(PyStr.of(kw[k]), a[a.length - nkw + k]);
            }
            return PyNone.NONE;
        });
        dict.def("keys", (ctx, a, kw) -> view(a, kw, "keys", PyDictView.Kind.KEYS));
        dict.def("values", (ctx, a, kw) -> view(a, kw, "values", PyDictView.Kind.VALUES));
        dict.def("items", (ctx, a, kw) -> view(a, kw, "items", PyDictView.Kind.ITEMS));
        dict.def("copy", (ctx, a, kw) -> {
            Args.none("dict.copy", a, kw, 1);
            ctx.allocateSlots(2L * map(a).size());
            return new PyDict(BuiltinTypes.DICT, new LinkedHashMap<>(map(a)));
        });
        dict.def("clear", (ctx, a, kw) -> {
            Args.none("dict.clear", a, kw, 1);
            map(a).clear();
            return PyNone.NONE;
        });
        dict.defClassMethod("fromkeys", DictMethods::fromkeys);
        dict.def("__or__", (ctx, a, kw) -> {
            if (!(a[1] instanceof PyDict other)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            LinkedHashMap<PyObject, PyObject> merged = new LinkedHashMap<>(map(a));
            ctx.allocateSlots(2L * (merged.size() + other.size()));
            merged.putAll(other.map());
            return new PyDict(BuiltinTypes.DICT, merged);
        });
        dict.def("__ior__", (ctx, a, kw) -> {
            update(ctx, (PyDict) a[0], a[1]);
            return a[0];
        });
    }

    private static LinkedHashMap<PyObject, PyObject> map(PyObject[] args) {
        return ((PyDict) args[0]).map();
    }

    private static PyObject view(PyObject[] args, String[] kw, String name, PyDictView.Kind kind) {
        Args.none("dict." + name, args, kw, 1);
        return new PyDictView((PyDict) args[0], kind);
    }

    /**
     * dict.update(other) / dict(other): a dict is merged directly, anything with keys() is read through
     * {@code other[key]}, otherwise each element must be a pair.
     */
    static void update(RunContext ctx, PyDict target, PyObject other) {
        if (other instanceof PyDict d && !d.type().overriddenByUser("keys")) {
            ctx.allocateSlots(2L * d.size());
            if (d != target) {
                target.map().putAll(d.map());
            }
            return;
        }
        PyObject keys = Attributes.lookupAttr(ctx, other, "keys");
        if (keys != null) {
            for (PyObject k : Protocols.toList(ctx, Calls.call(ctx, keys))) {
                target.put(k, Subscription.getItem(ctx, other, k));
            }
            return;
        }
        PyObject it = Protocols.iter(ctx, other);
        int index = 0;
        for (PyObject item = Protocols.next(ctx, it); item != null; item = Protocols.next(ctx, it), index++) {
            ctx.chargeSteps(1);
            List<PyObject> pair;
            try {
                pair = Protocols.toList(ctx, item);
            } catch (PyException e) {
                if (e.matches(io.loopwise.engine.runtime.ExceptionTypes.TYPE_ERROR)) {
                    throw PyException.typeError("cannot convert dictionary update sequence element #" + index
                            + " to a sequence");
                }
                throw e;
            }
            if (pair.size() != 2) {
                throw PyException.valueError("dictionary update sequence element #" + index + " has length "
                        + pair.size() + "; 2 is required");
            }
            ctx.allocateSlots(2);
            target.put(pair.get(0), pair.get(1));
        }
    }

    private static PyObject fromkeys(RunContext ctx, PyObject[] args, String[] kw) {
        Args.range("fromkeys", args, kw, 1, 1, 2);
        PyType cls = (PyType) args[0];
        PyObject value = args.length > 2 ? args[2] : PyNone.NONE;
        PyObject result = cls == BuiltinTypes.DICT ? new PyDict() : Calls.call(ctx, cls);
        Iterator<PyObject> keys = Protocols.toList(ctx, args[1]).iterator();
        while (keys.hasNext()) {
            PyObject k = keys.next();
            if (result instanceof PyDict d && cls == BuiltinTypes.DICT) {
                d.put(k, value);
            } else {
                Subscription.setItem(ctx, result, k, value);
            }
        }
        return result;
    }

    /** reversed(dict): the keys, last inserted first. */
    static PyList reversedKeys(RunContext ctx, PyDict d) {
        List<PyObject> keys = new java.util.ArrayList<>(d.map().keySet());
        java.util.Collections.reverse(keys);
        ctx.allocateSlots(keys.size());
        return PyList.copyOf(keys);
    }
}
