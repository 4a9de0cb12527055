package io.loopwise.engine.runtime;

/**
 * Something {@code await}, {@code yield from} and an asyncio Task can drive one step at a time: coroutines,
 * generators, and native awaitables written in Java as state machines (a Future's {@code __await__} iterator,
 * {@code sleep}, {@code Queue.get}...). The first {@link #send} must pass None.
 */
public interface Resumable {

    /** Resumes with {@code value} (the result of the pending yield). */
    Step send(RunContext ctx, PyObject value);

    /** Resumes by raising {@code exc} at the pending yield. */
    Step throwInto(RunContext ctx, PyBaseException exc);

    /** Finishes early (GeneratorExit at the pending yield); a RuntimeError if it yields again. */
    void close(RunContext ctx);
}
