package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/** CPython's {@code ensure_future._wrap_awaitable}: a coroutine that is {@code return await awaitable}. */
final class AwaitWrapper extends NativeCoroutine {
    private final PyObject awaitable;
    private Resumable inner;

    AwaitWrapper(RunContext ctx, PyObject awaitable) {
        super(ctx, "_wrap_awaitable");
        this.awaitable = awaitable;
    }

    @Override
    protected Step resume(RunContext ctx, PyBaseException thrown) {
        if (inner == null) {
            inner = Awaitables.iteratorOf(ctx, awaitable);
        }
        return thrown == null ? inner.send(ctx, PyNone.NONE) : inner.throwInto(ctx, thrown);
    }

    @Override
    protected void onClose(RunContext ctx) {
        if (inner != null) {
            inner.close(ctx);
        }
    }
}
