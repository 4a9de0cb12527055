package io.loopwise.engine.runtime;

/** {@code property(fget, fset, fdel)}: a data descriptor calling Python (or native) accessors. */
public final class PyProperty extends PyObject {
    final PyObject fget;
    final PyObject fset;
    final PyObject fdel;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.PROPERTY;
    }

    public PyObject getter() {
        return fget;
    }

    public PyObject setter() {
        return fset;
    }

    public PyObject deleter() {
        return fdel;
    }
}
