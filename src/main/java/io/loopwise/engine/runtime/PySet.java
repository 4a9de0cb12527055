package io.loopwise.engine.runtime;

import io.loopwise.engine.runtime.builtins.SetTable;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A set or frozenset. Its entries live in a {@link SetTable} that reproduces CPython's hash table, so a set of
 * ints, floats or tuples iterates, prints and pops in exactly CPython's order. {@link #items()} is a live
 * {@link Set} view for Java callers; hashing and equality reach Python code through {@link RunContext#current()}.
 */
public final class PySet extends PyObject {
    private final SetTable<PyObject> table = new SetTable<>();
    private final boolean frozen;
    private final Set<PyObject> view = new ItemsView();

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    /** A set of {@code items}, added in their iteration order (as {@code set(iterable)} would). */
    public PySet(Collection<? extends PyObject> items, boolean frozen) {
        this.frozen = frozen;
        for (PyObject item : items) {
            add(item);
        }
    }

    /**
     * The value of a set display whose n &gt; 2 elements are all constants, e.g. {@code {291, 35, 3, 67, 99}}.
     * CPython does not add such elements one by one: its compiler folds them into a frozenset constant, which
     * {@code merge_consts_recursive} rebuilds from that frozenset's own iteration order, and at run time
     * {@code BUILD_SET 0; SET_UPDATE} merges it into a new set (set_merge). Each step can move colliding entries,
     * so the printed order differs from adding the elements in source order; this reproduces all three steps.
     */
    public static PySet displayOfConstants(Collection<? extends PyObject> constants) {
        PySet folded = new PySet(constants, true);
        PySet merged = new PySet(new java.util.ArrayList<>(folded.items()), true);
        PySet result = new PySet(false);
        result.mergeFrom(merged);
        return result;
    }

    /** set.update(other set) as CPython's set_merge (up-front resize, table copy when possible). */
    public void mergeFrom(PySet other) {
        table.addAll(other.table);
    }

    @Override
    public PyType type() {
        return frozen ? BuiltinTypes.FROZENSET : BuiltinTypes.SET;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** The backing table, for set algorithms that mirror CPython's (merge, pop finger, resize rules). */
    public SetTable<PyObject> table() {
        return table;
    }

    /** The live contents as a Java set (add/remove/contains/iterate in CPython order). */
    public Set<PyObject> items() {
        return view;
    }

    public int size() {
        return table.size();
    }

    /** Python's hash of a would-be element (raises TypeError for unhashable values). */
    public static long hashOf(PyObject o) {
        return Hashing.hash(RunContext.current(), o);
    }

    public boolean add(PyObject o) {
        return table.add(o, hashOf(o));
    }

    /** {@code o in self}; a mutable set is looked up as the equal frozenset, as CPython's set_contains does. */
    public boolean contains(PyObject o) {
        if (o instanceof PySet s && !s.frozen) {
            PySet key = new PySet(true);
            key.mergeFrom(s);
            return table.contains(key, hashOf(key));
        }
        return table.contains(o, hashOf(o));
    }

    public boolean discard(PyObject o) {
        return table.discard(o, hashOf(o));
    }

    /** frozenset's hash (CPython frozenset_hash); sets are unhashable. */
    public long pythonHash() {
        if (!frozen) {
            throw PyException.typeError("unhashable type: 'set'");
        }
        return table.frozensetHash();
    }

    @Override
    public int hashCode() {
        long h = pythonHash();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PySet other) || other.size() != size()) {
            return false;
        }
        for (int slot = table.next(0); slot >= 0; slot = table.next(slot + 1)) {
            if (!other.table.contains(table.keyAt(slot), table.hashAt(slot))) {
                return false;
            }
        }
        return true;
    }

    /** Iterates the table's slots in order; fails fast if the set changes size underneath. */
    private final class ItemsView extends AbstractSet<PyObject> {
        @Override
        public int size() {
            return table.size();
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof PyObject p && PySet.this.contains(p);
        }

        @Override
        public boolean add(PyObject o) {
            return PySet.this.add(o);
        }

        @Override
        public boolean remove(Object o) {
            return o instanceof PyObject p && discard(p);
        }

        @Override
        public void clear() {
            table.clear();
        }

        @Override
        public Iterator<PyObject> iterator() {
            return new Iterator<>() {
                private final int expectedSize = table.size();
                private int slot = table.next(0);

                @Override
                public boolean hasNext() {
                    check();
                    return slot >= 0;
                }

                @Override
                public PyObject next() {
                    check();
                    if (slot < 0) {
                        throw new NoSuchElementException();
                    }
                    PyObject key = table.keyAt(slot);
                    slot = table.next(slot + 1);
                    return key;
                }

                private void check() {
                    if (table.size() != expectedSize) {
                        throw new java.util.ConcurrentModificationException();
                    }
                }
            };
        }
    }
}
