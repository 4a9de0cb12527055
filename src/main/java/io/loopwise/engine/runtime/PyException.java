package io.loopwise.engine.runtime;

/**
 * Carries a Python exception through Java frames. No stack trace is captured: raising is as cheap as an
 * allocation. {@code contextSet} records that {@code __context__} was already chained at the raise point.
 */
public final class PyException extends RuntimeException {
    private final PyBaseException value;
    /** Set by the interpreter once the raise point chained {@code __context__}. */
    public boolean contextSet;
    /** Set for a re-raise (bare raise, end of finally/with): no new traceback entry for the frame. */
    public boolean reraise;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyBaseException value() {
        return value;
    }

    public boolean matches(PyType t) {
        return value.type().isSubtypeOf(t);
    }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.args();
    }

    public static PyException of(PyType type, String message) {
        return new PyException(new PyBaseException(type, PyTuple.of(PyStr.of(message))));
    }

    public static PyException of(PyType type, PyObject... args) {
        return new PyException(ExceptionTypes.newException(type, PyTuple.of(args)));
    }

    public static PyException typeError(String message) {
        return of(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return of(ExceptionTypes.VALUE_ERROR, message);
    }

    public static PyException attributeError(String message) {
        return of(ExceptionTypes.ATTRIBUTE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return of(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(ExceptionTypes.KEY_ERROR, PyTuple.of(key)));
    }

    public static PyException runtimeError(String message) {
        return of(ExceptionTypes.RUNTIME_ERROR, message);
    }

    public static PyException zeroDivision(String message) {
        return of(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PyException notImplemented(String message) {
        return of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, message);
    }

    public static PyException nameError(String name) {
        PyException e = of(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
        e.value().setMissing(name, null);
        return e;
    }

    /** StopIteration carrying a generator's return value (args empty for None, as CPython). */
    public static PyException stopIteration(PyObject value) {
        PyTuple args = value == null || value == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(value);
        return new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, args));
    }
}
