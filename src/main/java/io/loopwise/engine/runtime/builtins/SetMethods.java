package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.Hashing;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import java.util.NoSuchElementException;

/**
 * The methods and operators of {@code set} and {@code frozenset} (algorithms in {@link SetOperations}).
 * Operators require both operands to be sets; named methods accept any iterable.
 */
final class SetMethods {
    private SetMethods() {
    }

    static void install(PyType set, PyType frozenset) {
        for (PyType t : new PyType[] {set, frozenset}) {
            String n = t.name();
            t.def("copy", (ctx, a, kw) -> {
                Args.none(n + ".copy", a, kw, 1);
                return self(a).isFrozen() ? a[0] : SetOperations.copy(ctx, self(a));
            });
            t.def("union", (ctx, a, kw) -> {
                Args.noKeywords(n + ".union", kw);
                PySet result = SetOperations.copy(ctx, self(a));
                for (int i = 1; i < a.length; i++) {
                    if (a[i] != a[0]) {
                        SetOperations.update(ctx, result, a[i]);
                    }
                }
                return result;
            });
            t.def("intersection", (ctx, a, kw) -> {
                Args.noKeywords(n + ".intersection", kw);
                if (a.length == 1) {
                    return SetOperations.copy(ctx, self(a));
                }
                PySet result = self(a);
                for (int i = 1; i < a.length; i++) {
                    result = SetOperations.intersection(ctx, result, a[i]);
                }
                return result;
            });
            t.def("difference", (ctx, a, kw) -> {
                Args.noKeywords(n + ".difference", kw);
                if (a.length == 1) {
                    return SetOperations.copy(ctx, self(a));
                }
                PySet result = SetOperations.difference(ctx, self(a), a[1]);
                for (int i = 2; i < a.length; i++) {
                    SetOperations.differenceUpdate(ctx, result, a[i]);
                }
                return result;
            });
            t.def("symmetric_difference", (ctx, a, kw) ->
                    SetOperations.symmetricDifference(ctx, self(a), Args.one(n + ".symmetric_difference", a, kw, 1)));
            t.def("issubset", (ctx, a, kw) -> PyBool.of(SetOperations.isSubset(ctx, self(a), Args.one(n + ".issubset", a, kw, 1))));
            t.def("issuperset", (ctx, a, kw) ->
                    PyBool.of(SetOperations.isSuperset(ctx, self(a), Args.one(n + ".issuperset", a, kw, 1))));
            t.def("isdisjoint", (ctx, a, kw) ->
                    PyBool.of(SetOperations.isDisjoint(ctx, self(a), Args.one(n + ".isdisjoint", a, kw, 1))));
            t.def("__len__", (ctx, a, kw) -> io.loopwise.engine.runtime.PyInt.valueOf(self(a).size()));
            t.def("__contains__", (ctx, a, kw) -> PyBool.of(self(a).items().contains(
                    SetOperations.lookupKey(ctx, Args.one(n + ".__contains__", a, kw, 1)))));
            t.def("__iter__", (ctx, a, kw) -> io.loopwise.engine.runtime.PyIterator.overJava(
                    io.loopwise.engine.runtime.BuiltinTypes.SET_ITERATOR, self(a).items().iterator(), self(a)::size,
                    "Set"));
            t.def("__or__", (ctx, a, kw) -> {
                if (!(a[1] instanceof PySet other)) {
                    return PyNone.NOT_IMPLEMENTED;
                }
                PySet result = SetOperations.copy(ctx, self(a));
                if (other != a[0]) {
                    SetOperations.update(ctx, result, other);
                }
                return result;
            });
            t.def("__and__", (ctx, a, kw) -> a[1] instanceof PySet ? SetOperations.intersection(ctx, self(a), a[1])
                    : PyNone.NOT_IMPLEMENTED);
            t.def("__sub__", (ctx, a, kw) -> a[1] instanceof PySet ? SetOperations.difference(ctx, self(a), a[1])
                    : PyNone.NOT_IMPLEMENTED);
            t.def("__xor__", (ctx, a, kw) -> a[1] instanceof PySet ? SetOperations.symmetricDifference(ctx, self(a), a[1])
                    : PyNone.NOT_IMPLEMENTED);
        }
        set.def("add", (ctx, a, kw) -> {
            PyObject x = Args.one("set.add", a, kw, 1);
            ctx.allocateSlots(2);
            self(a).table().add(x, Hashing.hash(ctx, x));
            return PyNone.NONE;
        });
        set.def("discard", (ctx, a, kw) -> {
            SetOperations.discard(ctx, self(a), Args.one("set.discard", a, kw, 1));
            return PyNone.NONE;
        });
        set.def("remove", (ctx, a, kw) -> {
            PyObject x = Args.one("set.remove", a, kw, 1);
            if (!SetOperations.discard(ctx, self(a), x)) {
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
                SetOperations.update(ctx, self(a), a[i]);
            }
            return PyNone.NONE;
        });
        set.def("intersection_update", (ctx, a, kw) -> {
            Args.noKeywords("set.intersection_update", kw);
            PySet result = self(a);
            for (int i = 1; i < a.length; i++) {
                result = SetOperations.intersection(ctx, result, a[i]);
            }
            if (result != self(a)) {
                self(a).table().swapWith(result.table());
            }
            return PyNone.NONE;
        });
        set.def("difference_update", (ctx, a, kw) -> {
            Args.noKeywords("set.difference_update", kw);
            for (int i = 1; i < a.length; i++) {
                SetOperations.differenceUpdate(ctx, self(a), a[i]);
            }
            return PyNone.NONE;
        });
        set.def("symmetric_difference_update", (ctx, a, kw) -> {
            SetOperations.symmetricDifferenceUpdate(ctx, self(a), Args.one("set.symmetric_difference_update", a, kw, 1));
            return PyNone.NONE;
        });
        set.def("__ior__", (ctx, a, kw) -> {
            if (!(a[1] instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            SetOperations.update(ctx, self(a), a[1]);
            return a[0];
        });
        set.def("__iand__", (ctx, a, kw) -> {
            if (!(a[1] instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            PySet result = SetOperations.intersection(ctx, self(a), a[1]);
            if (result != self(a)) {
                self(a).table().swapWith(result.table());
            }
            return a[0];
        });
        set.def("__isub__", (ctx, a, kw) -> {
            if (!(a[1] instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            SetOperations.differenceUpdate(ctx, self(a), a[1]);
            return a[0];
        });
        set.def("__ixor__", (ctx, a, kw) -> {
            if (!(a[1] instanceof PySet)) {
                return PyNone.NOT_IMPLEMENTED;
            }
            SetOperations.symmetricDifferenceUpdate(ctx, self(a), a[1]);
            return a[0];
        });
    }

    private static PySet self(PyObject[] args) {
        return (PySet) args[0];
    }
}
