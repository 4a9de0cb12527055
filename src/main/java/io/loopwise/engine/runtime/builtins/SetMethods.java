package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.util.NoSuchElementException;

/**
 * The methods and operators of {@code set} and {@code frozenset}, each following the algorithm of the CPython
 * function named in its comment (Objects/setobject.c), so that results are built in the same order and therefore
 * iterate in the same order. Operators require both operands to be sets; named methods accept any iterable.
 */
final class SetMethods {
    private SetMethods() {
    }

    static void install(PyType set, PyType frozenset) {
        for (PyType t : new PyType[] {set, frozenset}) {
            String n = t.name();
            t.def("copy", (ctx, a, kw) -> {
                Args.none(n + ".copy", a, kw, 1);
                return self(a).isFrozen() ? a[0] : copy(ctx, self(a));
            });
            t.def("union", (ctx, a, kw) -> {
                Args.noKeywords(n + ".union", kw);
                PySet result = copy(ctx, self(a));
                for (int i = 1; i < a.length; i++) {
                    if (a[i] != a[0]) {
                        update(ctx, result, a[i]);
                    }
                }
                return result;
            });
            t.def("intersection", (ctx, a, kw) -> {
                Args.noKeywords(n + ".intersection", kw);
                if (a.length == 1) {
                    return copy(ctx, self(a));
                }
                PySet result = self(a);
                for (int i = 1; i < a.length; i++) {
                    result = intersection(ctx, result, a[i]);
                }
                return result;
            });
            t.def("difference", (ctx, a, kw) -> {
                Args.noKeywords(n + ".difference", kw);
                if (a.length == 1) {
                    return copy(ctx, self(a));
                }
                PySet result = difference(ctx, self(a), a[1]);
                for (int i = 2; i < a.length; i++) {
                    differenceUpdate(ctx, result, a[i]);
                }
                return result;
            });
            t.def("symmetric_difference", (ctx, a, kw) ->
                    symmetricDifference(ctx, self(a), Args.one(n + ".symmetric_difference", a, kw, 1)));
            t.def("issubset", (ctx, a, kw) -> PyBool.of(isSubset(ctx, self(a), Args.one(n + ".issubset", a, kw, 1))));
            t.def("issuperset", (ctx, a, kw) ->
                    PyBool.of(isSuperset(ctx, self(a), Args.one(n + ".issuperset", a, kw, 1))));
            t.def("isdisjoint", (ctx, a, kw) ->
                    PyBool.of(isDisjoint(ctx, self(a), Args.one(n + ".isdisjoint", a, kw, 1))));
            t.def("__or__", (ctx, a, kw) -> {
                if (!(a[1] instanceof PySet other)) {
                    return PyNone.NOT_IMPLEMENTED;
                }
                PySet result = copy(ctx, self(a));
                if (other != a[0]) {
                    update(ctx, result, other);
                }
                return result;
            });
            t.def("__and__", (ctx, a, kw) -> a[1] instanceof PySet ? intersection(ctx, self(a), a[1])
                    : PyNone.NOT_IMPLEMENTED);
            t.def("__sub__", (ctx, a, kw) -> a[1] instanceof PySet ? difference(ctx, self(a), a[1])
                    : PyNone.NOT_IMPLEMENTED);
            t.def("__xor__", (ctx, a, kw) -> a[1] instanceof PySet ? symmetricDifference(ctx, self(a), a[1])
                    : PyNone.NOT_IMPLEMENTED);
        }
        set.def("add", (ctx, a, kw) -> {
            PyObject x = Args.one("set.add", a, kw, 1);
            ctx.allocateSlots(2);
            self(a).table().add(x, Protocols.hash(ctx, x));
            return PyNone.NONE;
        });
        set.def("discard", (ctx, a, kw) -> {
            discard(ctx, self(a), Args.one("set.discard", a, kw, 1));
            return PyNone.NONE;
        });
        set.def("remove", (ctx, a, kw) -> {
            PyObject x = Args.one("set.remove", a, kw, 1);
            if (!discard(ctx, self(a), x)) {
                throw PyException.keyError(x);
            }
            return PyNone.NONE;
        });
        set.def("pop", (ctx, a, kw) -> {
            Args.none("set.pop", a, kw, 1);
            try {
                return self(a).table().pop();
            } catch (NoSuchElementException e) {
                throw PyException.keyError(PyStr.of("pop from an empty set"));
            }
        });
        set.def("clear", (ctx, a, kw) -> {
            Args.none("set.clear", a, kw, 1);
            self(a).table().clear();
            return PyNone.NONE;
        });
        set.def("update", (ctx, a, kw) -> {
            Args.noKeywords("set.update", kw);
            for (int i = 1; i < a.length; i++) {
                update(ctx, self(a), a[i]);
            }
            return PyNone.NONE;
        });
        set.def("intersection_update", (ctx, a, kw) -> {
            Args.noKeywords("set.intersection_update", kw);
            PySet result = self(a);
            for (int i = 1; i < a.length; i++) {
                result = intersection(ctx, result, a[i]);
            }
            if (result != self(a)) {
                self(a).table().swapWith(result.table());
            }
            return PyNone.NONE;
        });
        set.def("difference_update", (ctx, a, kw) -> {
            Args.noKeywords("set.difference_update", kw);
            for (int i = 1; i < a.length; i++) {
                differenceUpdate(ctx, self(a), a[i]);
            }
            return PyNone.NONE;
        });
        set.def("symmetric_difference_update", (ctx, a, kw) -> {
            symmetricDifferenceUpdate(ctx, self(a), Args.one("set.symmetric_difference_update", a, kw, 1));
            return PyNone.NONE;
        });
        set.def("__ior__", (ctx, a, kw) -> {
            if (!(a[1] instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            update(ctx, self(a), a[1]);
            return a[0];
        });
        set.def("__iand__", (ctx, a, kw) -> {
            if (!(a[1] instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            PySet result = intersection(ctx, self(a), a[1]);
            if (result != self(a)) {
                self(a).table().swapWith(result.table());
            }
            return a[0];
        });
        set.def("__isub__", (ctx, a, kw) -> {
            if (!(a[1] instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            differenceUpdate(ctx, self(a), a[1]);
            return a[0];
        });
        set.def("__ixor__", (ctx, a, kw) -> {
            if (!(a[1] instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            symmetricDifferenceUpdate(ctx, self(a), a[1]);
            return a[0];
        });
    }

    private static PySet self(PyObject[] args) {
        return (PySet) args[0];
    }

    /** A new empty set of the same kind (set or frozenset) as {@code like}. */
    private static PySet empty(PySet like) {
        return new PySet(like.isFrozen());
    }

    /** set_copy: a new set built by merging the source table. */
    static PySet copy(RunContext ctx, PySet source) {
        PySet result = empty(source);
        ctx.allocateSlots(2L * source.size());
        result.table().addAll(source.table());
        return result;
    }

    /** make_new_set: a new set (or frozenset) of the iterable's items. */
    static PySet fromIterable(RunContext ctx, PyObject iterable, boolean frozen) {
        PySet result = new PySet(frozen);
        update(ctx, result, iterable);
        return result;
    }

    /** set_update_internal: merge a set, add a dict's keys after one resize, or add an iterable's items. */
    static void update(RunContext ctx, PySet target, PyObject other) {
        SetTable<PyObject> table = target.table();
        if (other instanceof PySet s) {
            ctx.allocateSlots(2L * s.size());
            table.addAll(s.table());
            return;
        }
        if (other instanceof PyDict d && d.type() == io.loopwise.engine.runtime.BuiltinTypes.DICT) {
            ctx.allocateSlots(2L * d.size());
            table.reserveForDict(d.size());
            for (PyObject key : d.map().keySet().toArray(new PyObject[0])) {
                table.add(key, Protocols.hash(ctx, key));
            }
            return;
        }
        PyObject it = Protocols.iter(ctx, other);
        int added = 0;
        for (PyObject key = Protocols.next(ctx, it); key != null; key = Protocols.next(ctx, it)) {
            if ((++added & 511) == 0) {
                ctx.allocateSlots(1024);
            }
            table.add(key, Protocols.hash(ctx, key));
        }
    }

    /** set_discard_key, retrying a mutable set key as the equal frozenset (set_discard). */
    private static boolean discard(RunContext ctx, PySet target, PyObject key) {
        long hash;
        try {
            hash = Protocols.hash(ctx, key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            PySet frozen = copyFrozen(ctx, s);
            return target.table().discard(frozen, frozen.pythonHash());
        }
        return target.table().discard(key, hash);
    }

    private static PySet copyFrozen(RunContext ctx, PySet s) {
        PySet frozen = new PySet(true);
        frozen.table().addAll(s.table());
        return frozen;
    }

    /** set_intersection: iterate the smaller set (or the iterable), keep what the other contains. */
    static PySet intersection(RunContext ctx, PySet so, PyObject other) {
        if (other == so) {
            return copy(ctx, so);
        }
        PySet result = empty(so);
        SetTable<PyObject> out = result.table();
        if (other instanceof PySet o) {
            SetTable<PyObject> large = so.table();
            SetTable<PyObject> small = o.table();
            if (o.size() > so.size()) {
                large = o.table();
                small = so.table();
            }
            for (int slot = small.next(0); slot >= 0; slot = small.next(slot + 1)) {
                PyObject key = small.keyAt(slot);
                long hash = small.hashAt(slot);
                if (large.contains(key, hash)) {
                    out.add(key, hash);
                }
            }
            return result;
        }
        PyObject it = Protocols.iter(ctx, other);
        for (PyObject key = Protocols.next(ctx, it); key != null; key = Protocols.next(ctx, it)) {
            long hash = Protocols.hash(ctx, key);
            if (so.table().contains(key, hash)) {
                out.add(key, hash);
                if (result.size() >= so.size()) {
                    break;
                }
            }
        }
        return result;
    }

    /** set_difference_update_internal. */
    static void differenceUpdate(RunContext ctx, PySet so, PyObject other) {
        SetTable<PyObject> table = so.table();
        if (other == so) {
            table.clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet source = (o.size() >> 3) > so.size() ? intersection(ctx, so, o) : o;
            SetTable<PyObject> from = source.table();
            for (int slot = from.next(0); slot >= 0; slot = from.next(slot + 1)) {
                table.discard(from.keyAt(slot), from.hashAt(slot));
            }
        } else {
            PyObject it = Protocols.iter(ctx, other);
            for (PyObject key = Protocols.next(ctx, it); key != null; key = Protocols.next(ctx, it)) {
                discard(ctx, so, key);
            }
        }
        table.purgeDummiesAfterDifference();
    }

    /** set_difference: a new set of what {@code so} has and {@code other} lacks. */
    static PySet difference(RunContext ctx, PySet so, PyObject other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.size();
        } else if (other instanceof PyDict d && d.type() == io.loopwise.engine.runtime.BuiltinTypes.DICT) {
            otherSize = d.size();
        } else {
            PySet result = copy(ctx, so);
            differenceUpdate(ctx, result, other);
            return result;
        }
        if ((so.size() >> 2) > otherSize) {
            PySet result = copy(ctx, so);
            differenceUpdate(ctx, result, other);
            return result;
        }
        PySet result = empty(so);
        SetTable<PyObject> from = so.table();
        for (int slot = from.next(0); slot >= 0; slot = from.next(slot + 1)) {
            PyObject key = from.keyAt(slot);
            boolean present = other instanceof PySet o ? o.table().contains(key, from.hashAt(slot))
                    : ((PyDict) other).map().containsKey(key);
            if (!present) {
                result.table().add(key, from.hashAt(slot));
            }
        }
        return result;
    }

    /** set_symmetric_difference_update. */
    static void symmetricDifferenceUpdate(RunContext ctx, PySet so, PyObject other) {
        SetTable<PyObject> table = so.table();
        if (other == so) {
            table.clear();
            return;
        }
        if (other instanceof PyDict d && d.type() == io.loopwise.engine.runtime.BuiltinTypes.DICT) {
            for (PyObject key : d.map().keySet().toArray(new PyObject[0])) {
                long hash = Protocols.hash(ctx, key);
                if (!table.discard(key, hash)) {
                    table.add(key, hash);
                }
            }
            return;
        }
        PySet others = other instanceof PySet s ? s : fromIterable(ctx, other, so.isFrozen());
        SetTable<PyObject> from = others.table();
        for (int slot = from.next(0); slot >= 0; slot = from.next(slot + 1)) {
            PyObject key = from.keyAt(slot);
            long hash = from.hashAt(slot);
            if (!table.discard(key, hash)) {
                ctx.allocateSlots(2);
                table.add(key, hash);
            }
        }
    }

    /** set_symmetric_difference: a copy of the other side, updated with this one. */
    static PySet symmetricDifference(RunContext ctx, PySet so, PyObject other) {
        PySet result = fromIterable(ctx, other, so.isFrozen());
        symmetricDifferenceUpdate(ctx, result, so);
        return result;
    }

    static boolean isSubset(RunContext ctx, PySet so, PyObject other) {
        if (!(other instanceof PySet o)) {
            return intersection(ctx, so, other).size() == so.size();
        }
        if (so.size() > o.size()) {
            return false;
        }
        SetTable<PyObject> from = so.table();
        for (int slot = from.next(0); slot >= 0; slot = from.next(slot + 1)) {
            if (!o.table().contains(from.keyAt(slot), from.hashAt(slot))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(RunContext ctx, PySet so, PyObject other) {
        if (other instanceof PySet o) {
            return isSubset(ctx, o, so);
        }
        PyObject it = Protocols.iter(ctx, other);
        for (PyObject key = Protocols.next(ctx, it); key != null; key = Protocols.next(ctx, it)) {
            if (!so.table().contains(key, Protocols.hash(ctx, key))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDisjoint(RunContext ctx, PySet so, PyObject other) {
        if (other == so) {
            return so.size() == 0;
        }
        if (other instanceof PySet o) {
            PySet small = o.size() > so.size() ? so : o;
            PySet large = small == so ? o : so;
            SetTable<PyObject> from = small.table();
            for (int slot = from.next(0); slot >= 0; slot = from.next(slot + 1)) {
                if (large.table().contains(from.keyAt(slot), from.hashAt(slot))) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Protocols.iter(ctx, other);
        for (PyObject key = Protocols.next(ctx, it); key != null; key = Protocols.next(ctx, it)) {
            if (so.table().contains(key, Protocols.hash(ctx, key))) {
                return false;
            }
        }
        return true;
    }
}
