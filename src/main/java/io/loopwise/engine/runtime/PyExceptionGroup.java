package io.loopwise.engine.runtime;

/** An ExceptionGroup / BaseExceptionGroup: a message and a non-empty tuple of sub-exceptions. */
public final class PyExceptionGroup extends PyBaseException {
    private final String message;
    private final PyTuple exceptions;

    public PyExceptionGroup(PyType type, PyTuple args, String message, PyTuple exceptions) {
        super(type, args);
        this.message = message;
        this.exceptions = exceptions;
    }

    public String message() {
        return message;
    }

    public PyTuple exceptions() {
        return exceptions;
    }

    @Override
    public String defaultStr(RunContext ctx) {
        int n = exceptions.size();
        return message + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    @Override
    public String defaultRepr(RunContext ctx) {
        return defaultReprOfArgs(ctx); // BaseException's repr: the exceptions as passed (a list or a tuple)
    }
}
