package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.PySlice;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Sequences;
import java.util.ArrayList;
import java.util.List;

/**
 * The container special methods as callable methods ({@code __getitem__}, {@code __setitem__},
 * {@code __delitem__}, {@code __len__}, {@code __contains__}, {@code __iter__}) of list, tuple, str, dict, set and
 * frozenset. They always act on the builtin storage, never on a subclass override, so that
 * {@code super().__setitem__(k, v)} inside a dict or list subclass works as in CPython.
 */
final class ContainerDunders {
    private ContainerDunders() {
    }

    static void install() {
        PyType list = BuiltinTypes.LIST;
        list.def("__len__", (ctx, a, kw) -> PyInt.valueOf(((PyList) a[0]).size()));
        list.def("__getitem__", (ctx, a, kw) -> {
            PyObject key = Args.one("list.__getitem__", a, kw, 1);
            List<PyObject> items = ((PyList) a[0]).items();
            return key instanceof PySlice s ? new PyList(new ArrayList<>(Sequences.slice(ctx, items, s)))
                    : items.get(sequenceIndex(key, items.size(), "list"));
        });
        list.def("__setitem__", (ctx, a, kw) -> {
            Args.range("__setitem__", a, kw, 1, 2, 2);
            List<PyObject> items = ((PyList) a[0]).items();
            if (a[1] instanceof PySlice s) {
                Sequences.assignSlice(ctx, items, s, a[2]);
            } else {
                items.set(sequenceIndex(a[1], items.size(), "list assignment"), a[2]);
            }
            return PyNone.NONE;
        });
        list.def("__delitem__", (ctx, a, kw) -> {
            PyObject key = Args.one("list.__delitem__", a, kw, 1);
            List<PyObject> items = ((PyList) a[0]).items();
            if (key instanceof PySlice s) {
                Sequences.deleteSlice(ctx, items, s);
            } else {
                items.remove(sequenceIndex(key, items.size(), "list assignment"));
            }
            return PyNone.NONE;
        });
        list.def("__contains__", (ctx, a, kw) -> PyBool.of(ListMethods.count(ctx, ((PyList) a[0]).items(),
                Args.one("list.__contains__", a, kw, 1)) > 0));
        list.def("__iter__", (ctx, a, kw) -> PyIterator.overList((PyList) a[0]));

        PyType tuple = BuiltinTypes.TUPLE;
        tuple.def("__len__", (ctx, a, kw) -> PyInt.valueOf(((PyTuple) a[0]).size()));
        tuple.def("__getitem__", (ctx, a, kw) -> {
            PyTuple t = (PyTuple) a[0];
            PyObject key = Args.one("tuple.__getitem__", a, kw, 1);
            return key instanceof PySlice s ? PyTuple.of(Sequences.slice(ctx, t.asList(), s))
                    : t.get(sequenceIndex(key, t.size(), "tuple"));
        });
        tuple.def("__contains__", (ctx, a, kw) -> PyBool.of(ListMethods.count(ctx, ((PyTuple) a[0]).asList(),
                Args.one("tuple.__contains__", a, kw, 1)) > 0));
        tuple.def("__iter__", (ctx, a, kw) -> PyIterator.over(BuiltinTypes.TUPLE_ITERATOR, ((PyTuple) a[0]).array()));

        PyType str = BuiltinTypes.STR;
        str.def("__len__", (ctx, a, kw) -> PyInt.valueOf(((PyStr) a[0]).value().length()));
        str.def("__getitem__", (ctx, a, kw) -> {
            String s = ((PyStr) a[0]).value();
            PyObject key = Args.one("str.__getitem__", a, kw, 1);
            return key instanceof PySlice slice ? PyStr.of(Sequences.sliceString(s, slice))
                    : PyStr.of(s.charAt(sequenceIndex(key, s.length(), "string")));
        });
        str.def("__contains__", (ctx, a, kw) -> {
            PyObject x = Args.one("str.__contains__", a, kw, 1);
            if (!(x instanceof PyStr needle)) {
                throw PyException.typeError("'in <string>' requires string as left operand, not " + x.type().name());
            }
            return PyBool.of(((PyStr) a[0]).value().contains(needle.value()));
        });
        str.def("__iter__", (ctx, a, kw) -> Protocols.iter(ctx, PyStr.of(((PyStr) a[0]).value())));

        PyType dict = BuiltinTypes.DICT;
        dict.def("__len__", (ctx, a, kw) -> PyInt.valueOf(((PyDict) a[0]).size()));
        dict.def("__getitem__", (ctx, a, kw) -> {
            PyDict d = (PyDict) a[0];
            PyObject key = Args.one("dict.__getitem__", a, kw, 1);
            PyObject v = d.map().get(key);
            if (v != null) {
                return v;
            }
            PyObject missing = d.type().isBuiltin() ? null : d.type().lookup("__missing__");
            if (missing != null) {
                return io.loopwise.engine.runtime.Calls.callMethod(ctx, d, "__missing__", key);
            }
            throw PyException.keyError(key);
        });
        dict.def("__setitem__", (ctx, a, kw) -> {
            Args.range("__setitem__", a, kw, 1, 2, 2);
            ctx.allocateSlots(2);
            ((PyDict) a[0]).map().put(a[1], a[2]);
            return PyNone.NONE;
        });
        dict.def("__delitem__", (ctx, a, kw) -> {
            PyObject key = Args.one("dict.__delitem__", a, kw, 1);
            if (((PyDict) a[0]).map().remove(key) == null) {
                throw PyException.keyError(key);
            }
            return PyNone.NONE;
        });
        dict.def("__contains__", (ctx, a, kw) -> PyBool.of(((PyDict) a[0]).map().containsKey(
                Args.one("dict.__contains__", a, kw, 1))));
        dict.def("__iter__", (ctx, a, kw) -> {
            PyDict d = (PyDict) a[0];
            return PyIterator.overJava(BuiltinTypes.DICT_KEY_ITERATOR, d.map().keySet().iterator(), d::size,
                    "dictionary");
        });

        for (PyType set : new PyType[] {BuiltinTypes.SET, BuiltinTypes.FROZENSET}) {
            set.def("__len__", (ctx, a, kw) -> PyInt.valueOf(((PySet) a[0]).size()));
            set.def("__contains__", (ctx, a, kw) -> PyBool.of(((PySet) a[0]).items().contains(
                    SetMethods.lookupKey(ctx, Args.one(set.name() + ".__contains__", a, kw, 1)))));
            set.def("__iter__", (ctx, a, kw) -> {
                PySet s = (PySet) a[0];
                return PyIterator.overJava(BuiltinTypes.SET_ITERATOR, s.items().iterator(), s::size, "Set");
            });
        }
    }

    private static int sequenceIndex(PyObject key, int size, String what) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            String kind = what.equals("string") ? "string indices must be integers, not '" + key.type().name() + "'"
                    : what.replace(" assignment", "") + " indices must be integers or slices, not "
                    + key.type().name();
            throw PyException.typeError(kind);
        }
        return Protocols.normalizeIndex(key, size, what);
    }
}
