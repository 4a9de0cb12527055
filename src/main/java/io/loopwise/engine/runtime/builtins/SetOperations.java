package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.Hashing;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.RunContext;

/**
 * The set algorithms behind set/frozenset methods and operators, each following the CPython function named in
 * its comment (Objects/setobject.c) so results are built in the same order and therefore iterate the same way.
 */
final class SetOperations {
    private SetOperations() {
    }


    /** A new empty set of the same kind (set or frozenset) as {@code like}. */
    static PySet empty(PySet like) {
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
        if (other instanceof PyDict d && d.type() == BuiltinTypes.DICT) {
            ctx.allocateSlots(2L * d.size());
            table.reserveForDict(d.size());
            for (PyObject key : d.map().keySet().toArray(new PyObject[0])) {
                table.add(key, Hashing.hash(ctx, key));
            }
            return;
        }
        if (other instanceof io.loopwise.engine.runtime.PyRange r) {
            long n = r.length();
            ctx.allocate(n > Long.MAX_VALUE / 64 ? -1 : n * (ListMethods.BYTES_PER_NEW_INT + 32));
        }
        PyObject it = Protocols.iter(ctx, other);
        int added = 0;
        for (PyObject key = Protocols.next(ctx, it); key != null; key = Protocols.next(ctx, it)) {
            ctx.chargeSteps(1);
            if ((++added & 511) == 0) {
                ctx.allocateSlots(1024);
            }
            table.add(key, Hashing.hash(ctx, key));
        }
    }

    /** The key to look up for {@code x in set}: a mutable set is looked up as the equal frozenset. */
    static PyObject lookupKey(RunContext ctx, PyObject key) {
        return key instanceof PySet s && !s.isFrozen() ? copyFrozen(ctx, s) : key;
    }

    /** set_discard_key, retrying a mutable set key as the equal frozenset (set_discard). */
    static boolean discard(RunContext ctx, PySet target, PyObject key) {
        long hash;
        try {
            hash = Hashing.hash(ctx, key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            PySet frozen = copyFrozen(ctx, s);
            return target.table().discard(frozen, PySet.hashOf(frozen));
        }
        return target.table().discard(key, hash);
    }

    static PySet copyFrozen(RunContext ctx, PySet s) {
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
            ctx.chargeSteps(1);
            long hash = Hashing.hash(ctx, key);
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
                ctx.chargeSteps(1);
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
        } else if (other instanceof PyDict d && d.type() == BuiltinTypes.DICT) {
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
        if (other instanceof PyDict d && d.type() == BuiltinTypes.DICT) {
            for (PyObject key : d.map().keySet().toArray(new PyObject[0])) {
                long hash = Hashing.hash(ctx, key);
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
            ctx.chargeSteps(1);
            if (!so.table().contains(key, Hashing.hash(ctx, key))) {
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
            ctx.chargeSteps(1);
            if (so.table().contains(key, Hashing.hash(ctx, key))) {
                return false;
            }
        }
        return true;
    }
}
