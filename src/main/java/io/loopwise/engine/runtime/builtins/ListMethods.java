package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The methods of {@code list} (CPython Objects/listobject.c) with its argument conventions and messages. */
final class ListMethods {
    /** Heap cost of one freshly created int plus its list slot (object header, value, reference). */
    static final long BYTES_PER_NEW_INT = 32;

    private ListMethods() {
    }

    static void install(PyType list) {
        list.def("append", (ctx, a, kw) -> {
            PyObject x = Args.one("list.append", a, kw, 1);
            ctx.allocateSlots(1);
            items(a).add(x);
            return PyNone.NONE;
        });
        list.def("extend", (ctx, a, kw) -> {
            extend(ctx, items(a), Args.one("list.extend", a, kw, 1));
            return PyNone.NONE;
        });
        list.def("insert", ListMethods::insert);
        list.def("pop", ListMethods::pop);
        list.def("remove", (ctx, a, kw) -> {
            PyObject x = Args.one("list.remove", a, kw, 1);
            List<PyObject> items = items(a);
            for (int i = 0; i < items.size(); i++) {
                if (Protocols.eq(ctx, items.get(i), x)) {
                    items.remove(i);
                    return PyNone.NONE;
                }
            }
            throw PyException.valueError("list.remove(x): x not in list");
        });
        list.def("index", ListMethods::index);
        list.def("count", (ctx, a, kw) -> PyInt.valueOf(count(ctx, items(a), Args.one("list.count", a, kw, 1))));
        list.def("clear", (ctx, a, kw) -> {
            Args.none("list.clear", a, kw, 1);
            items(a).clear();
            return PyNone.NONE;
        });
        list.def("copy", (ctx, a, kw) -> {
            Args.none("list.copy", a, kw, 1);
            ctx.allocateSlots(items(a).size());
            return new PyList(new ArrayList<>(items(a)));
        });
        list.def("reverse", (ctx, a, kw) -> {
            Args.none("list.reverse", a, kw, 1);
            Collections.reverse(items(a));
            return PyNone.NONE;
        });
        list.def("sort", ListMethods::sort);
    }

    private static ArrayList<PyObject> items(PyObject[] args) {
        return ((PyList) args[0]).items();
    }

    /** list.extend / list += iterable: a list extended by itself doubles once. */
    static void extend(RunContext ctx, List<PyObject> items, PyObject iterable) {
        if (iterable instanceof io.loopwise.engine.runtime.PyRange r) {
            // each item of a materialised range is a new int object besides its slot: refuse huge ones up front
            long n = r.length();
            ctx.allocate(n > Long.MAX_VALUE / BYTES_PER_NEW_INT ? -1 : n * BYTES_PER_NEW_INT);
        }
        List<PyObject> more = Protocols.toList(ctx, iterable);
        ctx.allocateSlots(more.size());
        items.addAll(more);
    }

    static int count(RunContext ctx, List<PyObject> items, PyObject x) {
        int n = 0;
        ctx.chargeSteps(items.size() / 8);
        for (int i = 0; i < items.size(); i++) {
            if (Protocols.eq(ctx, items.get(i), x)) {
                n++;
            }
        }
        return n;
    }

    private static PyObject insert(RunContext ctx, PyObject[] args, String[] kw) {
        Args.range("insert", args, kw, 1, 2, 2);
        long at = Args.index(args[1]);
        List<PyObject> items = items(args);
        int n = items.size();
        if (at < 0) {
            at = Math.max(0, at + n);
        }
        ctx.allocateSlots(1);
        items.add((int) Math.min(at, n), args[2]);
        return PyNone.NONE;
    }

    private static PyObject pop(RunContext ctx, PyObject[] args, String[] kw) {
        Args.range("pop", args, kw, 1, 0, 1);
        List<PyObject> items = items(args);
        long at = args.length > 1 ? Args.index(args[1]) : -1;
        if (items.isEmpty()) {
            throw PyException.indexError("pop from empty list");
        }
        if (at < 0) {
            at += items.size();
        }
        if (at < 0 || at >= items.size()) {
            throw PyException.indexError("pop index out of range");
        }
        return items.remove((int) at);
    }

    /** list.index / tuple.index body over any item list. */
    static int indexOf(RunContext ctx, List<PyObject> items, PyObject[] args, String what) {
        long start = args.length > 2 ? clinicIndex(args[2]) : 0;
        long stop = args.length > 3 ? clinicIndex(args[3]) : Long.MAX_VALUE;
        int n = items.size();
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        ctx.chargeSteps(items.size() / 8);
        for (long i = start; i < Math.min(stop, items.size()); i++) {
            if (Protocols.eq(ctx, items.get((int) i), args[1])) {
                return (int) i;
            }
        }
        if (what.equals("list")) {
            throw PyException.valueError(Protocols.repr(ctx, args[1]) + " is not in list");
        }
        throw PyException.valueError("tuple.index(x): x not in tuple");
    }

    private static long clinicIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw PyException.typeError("slice indices must be integers or have an __index__ method");
        }
        return Args.index(o);
    }

    private static PyObject index(RunContext ctx, PyObject[] args, String[] kw) {
        Args.range("index", args, kw, 1, 1, 3);
        return PyInt.valueOf(indexOf(ctx, items(args), args, "list"));
    }

    /**
     * list.sort(*, key=None, reverse=False). As in CPython the list looks empty while it is being sorted, and a
     * list changed by a key function or comparison raises "list modified during sort".
     */
    private static PyObject sort(RunContext ctx, PyObject[] args, String[] kw) {
        PyObject[] a = Args.bind("sort", args, kw, 1, 0, "key$", "reverse$");
        ArrayList<PyObject> items = items(args);
        List<PyObject> working = new ArrayList<>(items);
        items.clear();
        boolean modified;
        try {
            Sorting.sort(ctx, working, a[0], a[1]);
        } finally {
            modified = !items.isEmpty();
            items.clear();
            items.addAll(working);
        }
        if (modified) {
            throw PyException.valueError("list modified during sort");
        }
        return PyNone.NONE;
    }
}
