package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * {@code asyncio.wait_for(aw, timeout)}, mirroring CPython 3.12: a positive (or None) timeout is
 * {@code async with timeout(t): return await aw} — a coroutine argument runs inline in the caller's task, no hidden
 * task; a timeout {@code <= 0} wraps the awaitable with {@code ensure_future}, cancels it, waits for it to finish
 * and raises {@code TimeoutError from} its CancelledError. Like CPython's {@code async def}, it checks nothing
 * (not even the timeout's type) before it is awaited.
 */
final class WaitFor extends NativeCoroutine {
    private final PyObject awaitable;
    private final PyObject timeout;
    private Boolean immediate;
    private PyTimeout scope;
    private Resumable inner;
    private PyFuture fut;
    private PyFuture waiter;
    private PyFuture.DoneCallback release;

    WaitFor(RunContext ctx, PyObject awaitable, PyObject timeout) {
        super(ctx, "wait_for");
        this.awaitable = awaitable;
        this.timeout = timeout;
    }

    @Override
    protected Step resume(RunContext ctx, PyBaseException thrown) {
        try {
            if (immediate == null) {
                immediate = timeout != null && LoopMethods.lessOrEqual(ctx, timeout, io.loopwise.engine.runtime.PyInt.ZERO);
            }
            if (immediate) {
                return immediateTimeout(ctx, thrown);
            }
            if (scope == null) {
                AsyncioContext actx = AsyncioContext.of(ctx);
                scope = new PyTimeout(timeout == null ? null
                        : LoopMethods.deadlineAfter(ctx, actx.runningLoop().time(), timeout));
                scope.enter(ctx);
                inner = Awaitables.iteratorOf(ctx, awaitable);
            }
            Step s = thrown == null ? inner.send(ctx, PyNone.NONE) : inner.throwInto(ctx, thrown);
            if (s.isYield()) {
                return s;
            }
            if (s.isReturn()) {
                scope.exit(ctx, PyNone.NONE, PyNone.NONE);
                return s;
            }
            PyBaseException e = s.exception();
            scope.exit(ctx, e.type(), e);
            return s;
        } catch (PyException e) {
            return Step.raised(e.value());
        }
    }

    /** CPython's {@code timeout <= 0} branch with {@code _cancel_and_wait}. */
    private Step immediateTimeout(RunContext ctx, PyBaseException thrown) {
        if (fut == null) {
            fut = AsyncioModule.ensureFuture(ctx, awaitable, null);
            if (fut.done()) {
                return FutureIter.outcome(fut);
            }
            waiter = new PyFuture(AsyncioContext.of(ctx).runningLoop());
            PyFuture w = waiter;
            release = (c, f) -> {
                if (!w.done()) {
                    w.setResult(PyNone.NONE);
                }
            };
            fut.addDoneCallback(release);
            fut.cancel(PyNone.NONE);
            Step s = block(waiter);
            if (s != null) {
                return s;
            }
        }
        fut.removeDoneCallback(release);
        if (thrown != null) {
            return Step.raised(thrown);
        }
        try {
            return Step.returned(fut.result());
        } catch (PyException e) {
            if (!AsyncioErrors.isCancelled(e.value())) {
                throw e;
            }
            PyBaseException timeoutError = ExceptionTypes.newException(ExceptionTypes.TIMEOUT_ERROR, PyTuple.EMPTY);
            timeoutError.setCause(e.value());
            timeoutError.setContext(e.value());
            return Step.raised(timeoutError);
        }
    }

    @Override
    protected void onClose(RunContext ctx) {
        if (inner != null) {
            inner.close(ctx);
        }
    }
}
