package io.loopwise.engine.runtime;

/** The opaque value of {@code exc.__traceback__}: only usable with {@code with_traceback}, exposes no frames. */
public final class PyTracebackObject extends PyObject {
    private final TracebackEntry entry;

    public PyTracebackObject(TracebackEntry entry) {
        this.entry = entry;
    }

    public TracebackEntry entry() {
        return entry;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.TRACEBACK;
    }
}
