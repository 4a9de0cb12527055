package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * A native coroutine whose body never suspends (CPython {@code async def}s such as {@code Timeout.__aenter__} or
 * {@code Lock.__aexit__}): the body runs when the coroutine is first awaited, not when it is created.
 */
final class Immediate extends NativeCoroutine {
    /** The coroutine's body. */
    @FunctionalInterface
    interface Body {
        PyObject run(RunContext ctx);
    }

    private final Body body;

    Immediate(RunContext ctx, String qualname, Body body) {
        super(ctx, qualname);
        this.body = body;
    }

    @Override
    protected Step resume(RunContext ctx, PyBaseException thrown) {
        if (thrown != null) {
            return Step.raised(thrown);
        }
        try {
            return Step.returned(body.run(ctx));
        } catch (PyException e) {
            return Step.raised(e.value());
        }
    }
}
