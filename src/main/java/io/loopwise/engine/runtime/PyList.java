package io.loopwise.engine.runtime;

import java.util.ArrayList;
import java.util.List;

/** A mutable list; {@link #items()} is the live backing list (the type may be a user subclass of list). */
public final class PyList extends PyObject {
    private final ArrayList<PyObject> items;
    private final PyType type;

    public PyList() {
        this(new ArrayList<>());
    }

    /** Wraps {@code items} without copying. */
    public PyList(ArrayList<PyObject> items) {
        this(BuiltinTypes.LIST, items);
    }

    public PyList(PyType type, ArrayList<PyObject> items) {
        this.type = type;
        this.items = items;
    }

    public static PyList of(PyObject... values) {
        ArrayList<PyObject> l = new ArrayList<>(values.length);
        for (PyObject v : values) {
            l.add(v);
        }
        return new PyList(l);
    }

    public static PyList copyOf(List<PyObject> values) {
        return new PyList(new ArrayList<>(values));
    }

    @Override
    public PyType type() {
        return type;
    }

    public ArrayList<PyObject> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public PyObject get(int i) {
        return items.get(i);
    }

    public void append(PyObject v) {
        items.add(v);
    }

    /** Lists are unhashable; equality is element-wise (used by Java collections only via Protocols). */
    @Override
    public int hashCode() {
        throw PyException.typeError("unhashable type: '" + type.name() + "'");
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyList)) {
            return false;
        }
        List<PyObject> other = ((PyList) o).items;
        if (other.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            PyObject a = items.get(i);
            PyObject b = other.get(i);
            if (a != b && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }
}
