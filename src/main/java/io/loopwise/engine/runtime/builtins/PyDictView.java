package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A live view of a dict: {@code dict_keys}, {@code dict_values} or {@code dict_items}. Keys and items views
 * support the set operators (results are sets) and comparisons with sets, as in CPython.
 */
public final class PyDictView extends PyObject {
    static final PyType KEYS = PyType.builtin("dict_keys", BuiltinTypes.OBJECT).notSubclassable();
    static final PyType VALUES = PyType.builtin("dict_values", BuiltinTypes.OBJECT).notSubclassable();
    static final PyType ITEMS = PyType.builtin("dict_items", BuiltinTypes.OBJECT).notSubclassable();
    private static final PyType KEY_ITERATOR = BuiltinTypes.DICT_KEY_ITERATOR;
    private static final PyType VALUE_ITERATOR = PyType.builtin("dict_valueiterator", BuiltinTypes.OBJECT);
    private static final PyType ITEM_ITERATOR = PyType.builtin("dict_itemiterator", BuiltinTypes.OBJECT);

    enum Kind {
        KEYS, VALUES, ITEMS
    }

    private final PyDict dict;
    private final Kind kind;

    PyDictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return kind == Kind.KEYS ? KEYS : kind == Kind.VALUES ? VALUES : ITEMS;
    }

    static void install() {
        for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) {
            t.def("__iter__", (ctx, a, kw) -> ((PyDictView) a[0]).iterator());
            t.def("__len__", (ctx, a, kw) -> PyInt.valueOf(((PyDictView) a[0]).dict.size()));
            t.def("__repr__", (ctx, a, kw) -> PyStr.of(((PyDictView) a[0]).repr(ctx)));
            t.def("__reversed__", (ctx, a, kw) -> {
                List<PyObject> values = ((PyDictView) a[0]).snapshot();
                java.util.Collections.reverse(values);
                return PyIterator.over(t == KEYS ? KEY_ITERATOR : t == VALUES ? VALUE_ITERATOR : ITEM_ITERATOR,
                        values.toArray(new PyObject[0]));
            });
            t.def("__contains__", (ctx, a, kw) -> PyBool.of(((PyDictView) a[0]).contains(ctx, a[1])));
        }
        for (PyType t : new PyType[] {KEYS, ITEMS}) {
            t.def("__and__", (ctx, a, kw) -> setOperation(ctx, a[0], a[1], "__and__"));
            t.def("__rand__", (ctx, a, kw) -> setOperation(ctx, a[1], a[0], "__and__"));
            t.def("__or__", (ctx, a, kw) -> setOperation(ctx, a[0], a[1], "__or__"));
            t.def("__ror__", (ctx, a, kw) -> setOperation(ctx, a[1], a[0], "__or__"));
            t.def("__sub__", (ctx, a, kw) -> setOperation(ctx, a[0], a[1], "__sub__"));
            t.def("__rsub__", (ctx, a, kw) -> setOperation(ctx, a[1], a[0], "__sub__"));
            t.def("__xor__", (ctx, a, kw) -> setOperation(ctx, a[0], a[1], "__xor__"));
            t.def("__rxor__", (ctx, a, kw) -> setOperation(ctx, a[1], a[0], "__xor__"));
            t.def("__eq__", (ctx, a, kw) -> compare(ctx, a[0], a[1], true));
            t.def("__ne__", (ctx, a, kw) -> compare(ctx, a[0], a[1], false));
            t.def("isdisjoint", (ctx, a, kw) -> {
                PySet other = SetOperations.fromIterable(ctx, Args.one("isdisjoint", a, kw, 1), true);
                for (PyObject x : ((PyDictView) a[0]).snapshot()) {
                    if (other.items().contains(x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
        }
    }

    private PyIterator iterator() {
        Iterator<? extends Object> it = kind == Kind.VALUES ? dict.map().values().iterator()
                : dict.map().entrySet().iterator();
        Iterator<PyObject> values = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            @SuppressWarnings("unchecked")
            public PyObject next() {
                Object o = it.next();
                if (kind == Kind.VALUES) {
                    return (PyObject) o;
                }
                Map.Entry<PyObject, PyObject> e = (Map.Entry<PyObject, PyObject>) o;
                return kind == Kind.KEYS ? e.getKey() : PyTuple.of(e.getKey(), e.getValue());
            }
        };
        PyType type = kind == Kind.KEYS ? KEY_ITERATOR : kind == Kind.VALUES ? VALUE_ITERATOR : ITEM_ITERATOR;
        return PyIterator.overJava(type, values, dict::size, "dictionary");
    }

    private List<PyObject> snapshot() {
        List<PyObject> out = new ArrayList<>(dict.size());
        for (Map.Entry<PyObject, PyObject> e : dict.map().entrySet()) {
            out.add(kind == Kind.KEYS ? e.getKey() : kind == Kind.VALUES ? e.getValue()
                    : PyTuple.of(e.getKey(), e.getValue()));
        }
        return out;
    }

    private boolean contains(RunContext ctx, PyObject x) {
        switch (kind) {
            case KEYS:
                return dict.map().containsKey(x);
            case ITEMS: {
                if (!(x instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                PyObject v = dict.map().get(t.get(0));
                return v != null && Protocols.eq(ctx, v, t.get(1));
            }
            default:
                for (PyObject v : dict.map().values()) {
                    if (Protocols.eq(ctx, v, x)) {
                        return true;
                    }
                }
                return false;
        }
    }

    private String repr(RunContext ctx) {
        if (!ctx.enterRepr(this)) {
            return "...";
        }
        try {
            StringBuilder b = new StringBuilder(type().name()).append("([");
            boolean first = true;
            for (PyObject v : snapshot()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Protocols.repr(ctx, v));
            }
            return b.append("])").toString();
        } finally {
            ctx.exitRepr(this);
        }
    }

    /** view op other (or other op view): the operation on set(left) with right, as CPython's dictviews do. */
    private static PyObject setOperation(RunContext ctx, PyObject left, PyObject right, String dunder) {
        PySet result = SetOperations.fromIterable(ctx, left, false);
        PyObject other = right instanceof PySet ? right : SetOperations.fromIterable(ctx, right, false);
        return io.loopwise.engine.runtime.Calls.callMethod(ctx, result, dunder, other);
    }

    private static PyObject compare(RunContext ctx, PyObject view, PyObject other, boolean equal) {
        if (!(other instanceof PySet) && !(other instanceof PyDictView)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        PySet mine = SetOperations.fromIterable(ctx, view, true);
        PySet theirs = other instanceof PySet s ? s : SetOperations.fromIterable(ctx, other, true);
        boolean same = mine.size() == theirs.size() && theirs.items().containsAll(mine.items());
        return PyBool.of(same == equal);
    }
}
