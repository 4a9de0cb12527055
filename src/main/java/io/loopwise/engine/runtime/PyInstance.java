package io.loopwise.engine.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instance of a user class whose builtin base is {@code object}: its class and its attribute dictionary.
 * Hashing and equality dispatch to the class's {@code __hash__}/{@code __eq__} through the thread's run.
 */
public class PyInstance extends PyObject {
    private final PyType type;
    private final LinkedHashMap<String, PyObject> dict = new LinkedHashMap<>(8);

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        return type == BuiltinTypes.OBJECT ? null : dict; // a bare object() has no __dict__
    }

    @Override
    public String toString() {
        return "<" + (type.module().equals("builtins") ? "" : type.module() + ".") + type.qualname() + " object at 0x"
                + Long.toHexString(io.loopwise.engine.runtime.builtins.Identity.id(RunContext.current(), this)) + ">";
    }

    @Override
    public int hashCode() {
        return Hashing.userHash(this);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PyObject && Hashing.userEquals(this, (PyObject) o));
    }
}
