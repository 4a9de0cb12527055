package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * {@code asyncio.sleep(delay, result)}, mirroring CPython's {@code tasks.sleep}: a delay {@code <= 0} is a bare
 * yield (one loop iteration, no timer); otherwise a future completed by a {@code call_later} timer, whose handle is
 * cancelled on the way out (the coroutine's {@code finally: h.cancel()}).
 */
final class Sleep extends NativeCoroutine {
    private final double delay;
    private final PyObject result;
    private PyFuture future;
    private TimerHandle handle;
    private boolean yielded;

    Sleep(RunContext ctx, double delay, PyObject result) {
        super(ctx, "sleep");
        this.delay = delay;
        this.result = result;
    }

    @Override
    protected Step resume(RunContext ctx, PyBaseException thrown) {
        if (delay <= 0) {
            if (thrown != null) {
                return Step.raised(thrown);
            }
            if (!yielded) {
                yielded = true;
                return Step.YIELD_NONE;
            }
            return Step.returned(result);
        }
        if (future == null) {
            EventLoop loop = AsyncioContext.of(ctx).runningLoop();
            PyFuture f = new PyFuture(loop);
            future = f;
            handle = loop.callLater(delay, () -> {
                if (!f.cancelled()) {
                    f.setResult(result);
                }
            });
            f.sleepUntil = handle.when();
            return block(f);
        }
        handle.cancel();
        return thrown != null ? Step.raised(thrown) : FutureIter.outcome(future);
    }

    @Override
    protected void onClose(RunContext ctx) {
        if (handle != null) {
            handle.cancel();
        }
    }
}
