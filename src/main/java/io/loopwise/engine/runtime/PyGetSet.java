package io.loopwise.engine.runtime;

/** A native data descriptor: an attribute of builtin instances computed (and optionally assigned) in Java. */
public final class PyGetSet extends PyObject {
    /** Reads the attribute of {@code self}. */
    @FunctionalInterface
    public interface Getter {
        PyObject get(RunContext ctx, PyObject self);
    }

    /** Assigns the attribute of {@code self}; {@code value} is null for {@code del}. */
    @FunctionalInterface
    public interface Setter {
        void set(RunContext ctx, PyObject self, PyObject value);
    }

    private final String name;
    private final PyType owner;
    final Getter getter;
    final Setter setter;

    public PyGetSet(String name, PyType owner, Getter getter, Setter setter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.GETSET_DESCRIPTOR;
    }

    PyObject get(RunContext ctx, PyObject self) {
        return getter.get(ctx, self);
    }

    void set(RunContext ctx, PyObject self, PyObject value) {
        if (setter == null) {
            throw PyException.attributeError("attribute '" + name + "' of '" + owner.name()
                    + "' objects is not writable");
        }
        setter.set(ctx, self, value);
    }
}
