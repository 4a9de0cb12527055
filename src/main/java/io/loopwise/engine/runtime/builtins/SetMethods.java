package io.loopwise.engine.runtime.builtins;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The methods and operators of {@code set} and {@code frozenset} (CPython Objects/setobject.c). Results of
 * binary operations have the type of the left operand; operators require both sides to be sets, the named
 * methods accept any iterable.
 */
final class SetMethods {
    private SetMethods() {
    }

    static void install(PyType set, PyType frozenset) {
        for (PyType t : new PyType[] {set, frozenset}) {
            String n = t.name();
            t.def("copy", (ctx, a, kw) -> {
                Args.none(n + ".copy", a, kw, 1);
                return self(a).isFrozen() ? a[0] : copy(ctx, self(a), false);
            });
            t.def("union", (ctx, a, kw) -> {
                Args.noKeywords(n + ".union", kw);
                PySet result = copy(ctx, self(a), self(a).isFrozen());
                for (int i = 1; i < a.length; i++) {
                    addAll(ctx, result, a[i]);
                }
                return result;
            });
            t.def("intersection", (ctx, a, kw) -> {
                Args.noKeywords(n + ".intersection", kw);
                PySet result = copy(ctx, self(a), self(a).isFrozen());
                for (int i = 1; i < a.length; i++) {
                    result = intersection(ctx, result, a[i]);
                }
                return result;
            });
            t.def("difference", (ctx, a, kw) -> {
                Args.noKeywords(n + ".difference", kw);
                PySet result = copy(ctx, self(a), self(a).isFrozen());
                for (int i = 1; i < a.length; i++) {
                    removeAll(ctx, result, a[i]);
                }
                return result;
            });
            t.def("symmetric_difference", (ctx, a, kw) -> {
                PyObject other = Args.one(n + ".symmetric_difference", a, kw, 1);
                PySet result = copy(ctx, self(a), self(a).isFrozen());
                symmetricUpdate(ctx, result, other);
                return result;
            });
            t.def("issubset", (ctx, a, kw) -> {
                PySet other = asSet(ctx, Args.one(n + ".issubset", a, kw, 1));
                return PyBool.of(other.items().containsAll(self(a).items()));
            });
            t.def("issuperset", (ctx, a, kw) -> {
                PySet other = asSet(ctx, Args.one(n + ".issuperset", a, kw, 1));
                return PyBool.of(self(a).items().containsAll(other.items()));
            });
            t.def("isdisjoint", (ctx, a, kw) -> {
                PySet other = asSet(ctx, Args.one(n + ".isdisjoint", a, kw, 1));
                for (PyObject x : other.items()) {
                    if (self(a).items().contains(x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
            t.def("__or__", (ctx, a, kw) -> operator(ctx, a, "|"));
            t.def("__and__", (ctx, a, kw) -> operator(ctx, a, "&"));
            t.def("__sub__", (ctx, a, kw) -> operator(ctx, a, "-"));
            t.def("__xor__", (ctx, a, kw) -> operator(ctx, a, "^"));
        }
        set.def("add", (ctx, a, kw) -> {
            PyObject x = Args.one("set.add", a, kw, 1);
            ctx.allocateSlots(2);
            self(a).items().add(x);
            return PyNone.NONE;
        });
        set.def("discard", (ctx, a, kw) -> {
            self(a).items().remove(lookupKey(Args.one("set.discard", a, kw, 1)));
            return PyNone.NONE;
        });
        set.def("remove", (ctx, a, kw) -> {
            PyObject x = Args.one("set.remove", a, kw, 1);
            if (!self(a).items().remove(lookupKey(x))) {
                throw PyException.keyError(x);
            }
            return PyNone.NONE;
        });
        set.def("pop", (ctx, a, kw) -> {
            Args.none("set.pop", a, kw, 1);
            LinkedHashSet<PyObject> items = self(a).items();
            if (items.isEmpty()) {
                throw PyException.keyError(PyStr.of("pop from an empty set"));
            }
            PyObject first = items.iterator().next();
            items.remove(first);
            return first;
        });
        set.def("clear", (ctx, a, kw) -> {
            Args.none("set.clear", a, kw, 1);
            self(a).items().clear();
            return PyNone.NONE;
        });
        set.def("update", (ctx, a, kw) -> {
            Args.noKeywords("set.update", kw);
            for (int i = 1; i < a.length; i++) {
                addAll(ctx, self(a), a[i]);
            }
            return PyNone.NONE;
        });
        set.def("intersection_update", (ctx, a, kw) -> {
            Args.noKeywords("set.intersection_update", kw);
            PySet result = copy(ctx, self(a), false);
            for (int i = 1; i < a.length; i++) {
                result = intersection(ctx, result, a[i]);
            }
            replaceContents(self(a), result);
            return PyNone.NONE;
        });
        set.def("difference_update", (ctx, a, kw) -> {
            Args.noKeywords("set.difference_update", kw);
            for (int i = 1; i < a.length; i++) {
                removeAll(ctx, self(a), a[i]);
            }
            return PyNone.NONE;
        });
        set.def("symmetric_difference_update", (ctx, a, kw) -> {
            symmetricUpdate(ctx, self(a), Args.one("set.symmetric_difference_update", a, kw, 1));
            return PyNone.NONE;
        });
        set.def("__ior__", (ctx, a, kw) -> inplace(ctx, a, "|"));
        set.def("__iand__", (ctx, a, kw) -> inplace(ctx, a, "&"));
        set.def("__isub__", (ctx, a, kw) -> inplace(ctx, a, "-"));
        set.def("__ixor__", (ctx, a, kw) -> inplace(ctx, a, "^"));
    }

    private static PySet self(PyObject[] args) {
        return (PySet) args[0];
    }

    /** A mutable set used as a lookup key becomes the equal frozenset, as CPython's set_contains does. */
    static PyObject lookupKey(PyObject key) {
        if (key instanceof PySet s && !s.isFrozen()) {
            return new PySet(new LinkedHashSet<>(s.items()), true);
        }
        return key;
    }

    static PySet copy(RunContext ctx, PySet source, boolean frozen) {
        ctx.allocateSlots(2L * source.size());
        return new PySet(new LinkedHashSet<>(source.items()), frozen);
    }

    /** A new set of the iterable's items. */
    static PySet fromIterable(RunContext ctx, PyObject iterable, boolean frozen) {
        PySet result = new PySet(frozen);
        addAll(ctx, result, iterable);
        return result;
    }

    static void addAll(RunContext ctx, PySet target, PyObject iterable) {
        Collection<PyObject> items = iterable instanceof PySet s ? s.items()
                : iterable instanceof PyDict d ? d.map().keySet() : Protocols.toList(ctx, iterable);
        ctx.allocateSlots(2L * items.size());
        target.items().addAll(new ArrayList<>(items));
    }

    private static PySet asSet(RunContext ctx, PyObject other) {
        return other instanceof PySet s ? s : fromIterable(ctx, other, true);
    }

    private static PySet intersection(RunContext ctx, PySet base, PyObject other) {
        PySet result = new PySet(base.isFrozen());
        if (other instanceof PySet s) {
            PySet small = s.size() > base.size() ? base : s;
            PySet large = small == base ? s : base;
            for (PyObject x : small.items()) {
                if (large.items().contains(x)) {
                    result.items().add(x);
                }
            }
            return result;
        }
        for (PyObject x : Protocols.toList(ctx, other)) {
            if (base.items().contains(x)) {
                result.items().add(x);
            }
        }
        return result;
    }

    private static void removeAll(RunContext ctx, PySet target, PyObject other) {
        if (other == target) {
            target.items().clear();
            return;
        }
        List<PyObject> doomed = other instanceof PySet s ? new ArrayList<>(s.items()) : Protocols.toList(ctx, other);
        for (PyObject x : doomed) {
            target.items().remove(x);
        }
    }

    private static void symmetricUpdate(RunContext ctx, PySet target, PyObject other) {
        if (other == target) {
            target.items().clear();
            return;
        }
        PySet others = other instanceof PySet s ? s : fromIterable(ctx, other, false);
        for (PyObject x : new ArrayList<>(others.items())) {
            if (!target.items().remove(x)) {
                ctx.allocateSlots(2);
                target.items().add(x);
            }
        }
    }

    private static void replaceContents(PySet target, PySet source) {
        target.items().clear();
        target.items().addAll(source.items());
    }

    /** a | b, a & b, a - b, a ^ b: NotImplemented unless both operands are sets. */
    private static PyObject operator(RunContext ctx, PyObject[] args, String op) {
        if (args.length != 2 || !(args[1] instanceof PySet other)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        PySet left = self(args);
        PySet result = copy(ctx, left, left.isFrozen());
        apply(ctx, result, other, op);
        return result;
    }

    private static PyObject inplace(RunContext ctx, PyObject[] args, String op) {
        if (args.length != 2 || !(args[1] instanceof PySet other)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        apply(ctx, self(args), other, op);
        return args[0];
    }

    private static void apply(RunContext ctx, PySet target, PySet other, String op) {
        switch (op) {
            case "|" -> addAll(ctx, target, other);
            case "&" -> replaceContents(target, intersection(ctx, target, other));
            case "-" -> removeAll(ctx, target, other);
            default -> symmetricUpdate(ctx, target, other);
        }
    }
}
