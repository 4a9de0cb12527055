package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * CPython's {@code ensure_future._wrap_awaitable}: a coroutine that is {@code return await awaitable} (or, with a
 * fixed result, {@code await awaitable; return result}).
 */
final class AwaitWrapper extends NativeCoroutine {
    private final PyObject awaitable;
    private final PyObject result;
    private Resumable inner;

    AwaitWrapper(RunContext ctx, PyObject awaitable) {
        this(ctx, "_wrap_awaitable", awaitable, null);
    }

    AwaitWrapper(RunContext ctx, String qualname, PyObject awaitable, PyObject result) {
        super(ctx, qualname);
        this.awaitable = awaitable;
        this.result = result;
    }

    @Override
    protected Step resume(RunContext ctx, PyBaseException thrown) {
        if (inner == null) {
            inner = Awaitables.iteratorOf(ctx, awaitable);
        }
        Step s = thrown == null ? inner.send(ctx, PyNone.NONE) : inner.throwInto(ctx, thrown);
        return result != null && s.isReturn() ? Step.returned(result) : s;
    }

    @Override
    protected void onClose(RunContext ctx) {
        if (inner != null) {
            inner.close(ctx);
        }
    }
}
