package io.loopwise.engine.runtime;

import java.util.Arrays;
import java.util.List;

/** An immutable tuple over a Java array that nobody mutates after construction. */
public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    /** Wraps {@code items} without copying: the caller hands over ownership. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(List<PyObject> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return BuiltinTypes.TUPLE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public PyObject[] array() {
        return items;
    }

    public List<PyObject> asList() {
        return Arrays.asList(items);
    }

    @Override
    public int hashCode() {
        // CPython's xxHash-based tuple hash is only needed for hash(); Java maps need consistency with equals
        int h = 0x345678;
        for (PyObject o : items) {
            h = h * 1000003 ^ o.hashCode();
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyTuple)) {
            return false;
        }
        PyObject[] other = ((PyTuple) o).items;
        if (other.length != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (items[i] != other[i] && !items[i].equals(other[i])) {
                return false;
            }
        }
        return true;
    }
}
