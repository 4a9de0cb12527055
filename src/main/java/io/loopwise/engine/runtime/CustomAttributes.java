package io.loopwise.engine.runtime;

/** A value with its own attribute lookup (e.g. {@code super()} objects), bypassing the generic algorithm. */
public interface CustomAttributes {
    /** The attribute, or null when missing. */
    PyObject getAttribute(RunContext ctx, String name);
}
