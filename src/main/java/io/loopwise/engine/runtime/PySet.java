package io.loopwise.engine.runtime;

import java.util.LinkedHashSet;

/** A set or frozenset of hashable values (see {@link PyDict} for how hashing reaches Python code). */
public final class PySet extends PyObject {
    private final LinkedHashSet<PyObject> items;
    private final boolean frozen;

    public PySet(boolean frozen) {
        this(new LinkedHashSet<>(), frozen);
    }

    public PySet(LinkedHashSet<PyObject> items, boolean frozen) {
        this.items = items;
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? BuiltinTypes.FROZENSET : BuiltinTypes.SET;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** The live backing set. */
    public LinkedHashSet<PyObject> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    @Override
    public int hashCode() {
        if (!frozen) {
            throw PyException.typeError("unhashable type: 'set'");
        }
        int h = 0;
        for (PyObject o : items) {
            h += o.hashCode();
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PySet && ((PySet) o).items.equals(items);
    }
}
