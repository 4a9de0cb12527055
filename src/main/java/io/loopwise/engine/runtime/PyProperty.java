package io.loopwise.engine.runtime;

/** {@code property(fget, fset, fdel)}: a data descriptor calling Python (or native) accessors. */
public final class PyProperty extends PyObject {
    final PyObject fget;
    final PyObject fset;
    final PyObject fdel;
    /** The explicit {@code doc=}, or null to take the getter's docstring. */
    private final PyObject doc;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel) {
        this(fget, fset, fdel, null);
    }

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    /** {@code __doc__}: the explicit doc, else the getter's {@code __doc__} (as CPython's property). */
    PyObject doc(RunContext ctx) {
        if (doc != null && doc != PyNone.NONE) {
            return doc;
        }
        if (fget == null) {
            return PyNone.NONE;
        }
        PyObject d = Attributes.lookupAttr(ctx, fget, "__doc__");
        return d == null ? PyNone.NONE : d;
    }

    /** The doc given explicitly, for the copies {@code getter}/{@code setter}/{@code deleter} make. */
    PyObject explicitDoc() {
        return doc;
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
