package io.loopwise.engine.runtime;

/**
 * The Java body of a builtin callable, in vectorcall shape: positional arguments first, then the values of the
 * keyword arguments named by {@code kwNames} (null or empty when there are none). For a method, {@code args[0]}
 * is {@code self}. Parse non-trivial signatures with {@link ArgParser}.
 */
@FunctionalInterface
public interface NativeBody {
    PyObject call(RunContext ctx, PyObject[] args, String[] kwNames);
}
