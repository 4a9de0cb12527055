package io.loopwise.engine.runtime;

/**
 * The root of every Python value. A value knows its {@link PyType}; behaviour lives in the type's attribute
 * dictionary (native or Python functions), with Java fast paths in {@link Protocols}, {@link Operators},
 * {@link Attributes} and {@link Calls}. {@link #hashCode()} and {@link #equals(Object)} follow Python's
 * {@code __hash__}/{@code __eq__} so values can be keys of Java hash maps ({@link PyDict}, {@link PySet}).
 */
public abstract class PyObject {

    public abstract PyType type();

    /** Calls this object; the default looks up {@code __call__} on the type. */
    public PyObject call(RunContext ctx, PyObject[] args, String[] kwNames) {
        PyObject f = type().lookup("__call__");
        if (f == null) {
            throw PyException.typeError("'" + type().tpName() + "' object is not callable");
        }
        return Calls.callWithSelf(ctx, f, this, args, kwNames);
    }

    /**
     * The descriptor protocol ({@code __get__}): what reading this class attribute through {@code instance}
     * (null when read from the class itself) of class {@code owner} gives. Plain values return themselves;
     * functions bind, staticmethod unwraps, classmethod binds the class.
     */
    public PyObject descriptorGet(PyObject instance, PyType owner) {
        return this;
    }

    /** True for functions that bind their instance as first argument (lets the VM skip the bound method). */
    public boolean isMethodDescriptor() {
        return false;
    }

    /** The instance attribute dictionary, or null for values without one. */
    public java.util.Map<String, PyObject> instanceDict() {
        return null;
    }

    @Override
    public String toString() {
        return "<" + type().name() + " object>";
    }
}
