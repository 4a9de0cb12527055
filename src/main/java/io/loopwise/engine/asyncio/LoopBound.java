package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;

/**
 * CPython's {@code mixins._LoopBoundMixin} for queues and locks: the first time a primitive has to wait it binds to
 * the running loop, and waiting on it later from another loop (a second {@code asyncio.run}) is a RuntimeError.
 */
final class LoopBound {
    private EventLoop loop;

    /** {@code _get_loop()}: the running loop, binding to it on first use. */
    EventLoop loop(RunContext ctx, PyObject owner) {
        EventLoop running = AsyncioContext.of(ctx).runningLoop();
        if (loop == null) {
            loop = running;
        }
        if (running != loop) {
            throw PyException.runtimeError(Protocols.repr(ctx, owner) + " is bound to a different event loop");
        }
        return running;
    }
}
