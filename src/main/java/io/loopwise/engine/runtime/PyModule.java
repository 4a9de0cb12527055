package io.loopwise.engine.runtime;

import java.util.HashMap;
import java.util.Map;

/** A module: its name and its global namespace (the program's {@code __main__} or a native module). */
public final class PyModule extends PyObject {
    private final String name;
    private final Map<String, PyObject> dict;

    public PyModule(String name) {
        this(name, new HashMap<>());
    }

    public PyModule(String name, Map<String, PyObject> dict) {
        this.name = name;
        this.dict = dict;
        dict.put("__name__", PyStr.of(name));
    }

    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.MODULE;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        return dict;
    }

    /** Adds a native function {@code name} to the module. */
    public PyModule def(String fname, NativeBody body) {
        dict.put(fname, new PyNativeFunction(fname, null, body, false).inModule(name));
        return this;
    }

    public PyModule set(String key, PyObject value) {
        dict.put(key, value);
        return this;
    }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
