package io.loopwise.engine.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An insertion-ordered dict. Keys hash and compare through {@link PyObject#hashCode()}/{@link PyObject#equals}
 * which follow Python's __hash__/__eq__ (user classes included), so a LinkedHashMap gives dict semantics.
 */
public final class PyDict extends PyObject {
    private final LinkedHashMap<PyObject, PyObject> map;
    private final PyType type;

    public PyDict() {
        this(BuiltinTypes.DICT, new LinkedHashMap<>());
    }

    public PyDict(PyType type, LinkedHashMap<PyObject, PyObject> map) {
        this.type = type;
        this.map = map;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The live backing map. */
    public LinkedHashMap<PyObject, PyObject> map() {
        return map;
    }

    public int size() {
        return map.size();
    }

    public PyObject get(PyObject key) {
        return map.get(key);
    }

    public PyObject get(String key) {
        return map.get(PyStr.of(key));
    }

    public void put(PyObject key, PyObject value) {
        map.put(key, value);
    }

    public void put(String key, PyObject value) {
        map.put(PyStr.of(key), value);
    }

    @Override
    public int hashCode() {
        throw PyException.typeError("unhashable type: '" + type.name() + "'");
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyDict)) {
            return false;
        }
        Map<PyObject, PyObject> other = ((PyDict) o).map;
        if (other.size() != map.size()) {
            return false;
        }
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            PyObject v = other.get(e.getKey());
            if (v == null || (v != e.getValue() && !v.equals(e.getValue()))) {
                return false;
            }
        }
        return true;
    }
}
