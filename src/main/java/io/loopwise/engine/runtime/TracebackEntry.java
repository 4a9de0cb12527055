package io.loopwise.engine.runtime;

/**
 * One frame of a Python traceback (function name and line of the program), linked outermost-first as
 * CPython's tb_next chain: a frame the exception propagates through is prepended.
 */
public record TracebackEntry(String function, int line, TracebackEntry next) {
}
