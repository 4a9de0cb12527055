package io.loopwise.engine.runtime;

/**
 * A Java object that {@code await} can delegate to directly (Future, Task, native coroutines such as
 * asyncio.sleep): the VM takes its {@link Resumable} instead of calling {@code __await__}, so no Python frame
 * and no traceback entry is involved.
 */
public interface PyAwaitable {
    Resumable awaitIterator(RunContext ctx);
}
