package io.loopwise.engine.runtime;

/**
 * The outcome of advancing a {@link Resumable} once: it yielded a value, returned a value, or raised an
 * exception. Exceptions travel as values here, never as thrown Java exceptions.
 */
public final class Step {
    public enum Kind { YIELD, RETURN, RAISE }

    public static final Step RETURN_NONE = new Step(Kind.RETURN, PyNone.NONE, null);
    public static final Step YIELD_NONE = new Step(Kind.YIELD, PyNone.NONE, null);

    private final Kind kind;
    private final PyObject value;
    private final PyBaseException exception;

    private Step(Kind kind, PyObject value, PyBaseException exception) {
        this.kind = kind;
        this.value = value;
        this.exception = exception;
    }

    public static Step yielded(PyObject v) {
        return v == PyNone.NONE ? YIELD_NONE : new Step(Kind.YIELD, v, null);
    }

    public static Step returned(PyObject v) {
        return v == PyNone.NONE ? RETURN_NONE : new Step(Kind.RETURN, v, null);
    }

    public static Step raised(PyBaseException e) {
        return new Step(Kind.RAISE, null, e);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isYield() {
        return kind == Kind.YIELD;
    }

    public boolean isReturn() {
        return kind == Kind.RETURN;
    }

    public boolean isRaise() {
        return kind == Kind.RAISE;
    }

    /** The yielded or returned value (null when raised). */
    public PyObject value() {
        return value;
    }

    /** The raised exception (null unless raised). */
    public PyBaseException exception() {
        return exception;
    }
}
