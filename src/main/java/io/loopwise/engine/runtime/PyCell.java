package io.loopwise.engine.runtime;

/** A closure cell holding one variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
    /** The current value, or null while the variable is unbound. */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.CELL;
    }
}
