package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Operators;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * {@code asyncio.sleep(delay, result)}, mirroring CPython's {@code tasks.sleep}: a delay {@code <= 0} is a bare
 * yield (one loop iteration, no timer); otherwise a future completed by a {@code call_later} timer, whose handle is
 * cancelled on the way out (the coroutine's {@code finally: h.cancel()}).
 */
final class Sleep extends NativeCoroutine {
    private final PyObject delayArg;
    private final PyObject result;
    private int zeroDelay = -1;
    private PyFuture future;
    private TimerHandle handle;
    private boolean yielded;

    Sleep(RunContext ctx, PyObject delay, PyObject result) {
        super(ctx, "sleep");
        this.delayArg = delay;
        this.result = result;
    }

    @Override
    protected Step resume(RunContext ctx, PyBaseException thrown) {
        if (zeroDelay < 0) {
            try {
                zeroDelay = Protocols.isTrue(ctx, Operators.compare(ctx, Operators.LE, delayArg, PyInt.ZERO)) ? 1 : 0;
            } catch (PyException e) {
                return Step.raised(e.value());
            }
        }
        if (zeroDelay == 1) {
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
            EventLoop loop;
            double delay;
            try {
                loop = AsyncioContext.of(ctx).runningLoop();
                delay = LoopMethods.seconds(delayArg);
            } catch (PyException e) {
                return Step.raised(e.value());
            }
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
