package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED)}, mirroring CPython's {@code tasks.wait} and
 * {@code _wait}: a waiter future released by the first completion (FIRST_COMPLETED), the first exception
 * (FIRST_EXCEPTION), the last completion, or the timeout; returns {@code (done, pending)} sets and never raises
 * TimeoutError. The argument checks (the timeout's too) run when the coroutine starts, as in CPython.
 */
final class Wait extends NativeCoroutine {
    private final PyObject fsArg;
    private final PyObject timeout;
    private final PyObject returnWhen;
    private List<PyFuture> fs;
    private PyFuture waiter;
    private TimerHandle timeoutHandle;
    private PyFuture.DoneCallback onCompletion;
    private int counter;

    Wait(RunContext ctx, PyObject fs, PyObject timeout, PyObject returnWhen) {
        super(ctx, "wait");
        this.fsArg = fs;
        this.timeout = timeout;
        this.returnWhen = returnWhen;
    }

    @Override
    protected Step resume(RunContext ctx, PyBaseException thrown) {
        try {
            if (fs == null) {
                Step s = start(ctx);
                if (s != null) {
                    return s;
                }
            }
            cleanUp();
            if (thrown != null) {
                return Step.raised(thrown);
            }
            LinkedHashSet<PyObject> done = new LinkedHashSet<>();
            LinkedHashSet<PyObject> pending = new LinkedHashSet<>();
            for (PyFuture f : fs) {
                (f.done() ? done : pending).add(f);
            }
            return Step.returned(PyTuple.of(new PySet(done, false), new PySet(pending, false)));
        } catch (PyException e) {
            return Step.raised(e.value());
        }
    }

    private Step start(RunContext ctx) {
        if (Awaitables.isFuture(fsArg) || Awaitables.isCoroutine(fsArg)) {
            throw PyException.typeError("expect a list of futures, not " + fsArg.type().name());
        }
        List<PyObject> items = Protocols.toList(ctx, fsArg);
        if (items.isEmpty()) {
            throw PyException.valueError("Set of Tasks/Futures is empty.");
        }
        String when = returnWhen instanceof PyStr s ? s.value() : "";
        if (!when.equals("FIRST_COMPLETED") && !when.equals("FIRST_EXCEPTION") && !when.equals("ALL_COMPLETED")) {
            throw PyException.valueError("Invalid return_when value: " + Protocols.str(ctx, returnWhen));
        }
        LinkedHashSet<PyObject> unique = new LinkedHashSet<>(items);
        List<PyFuture> futures = new ArrayList<>(unique.size());
        for (PyObject o : unique) {
            if (Awaitables.isCoroutine(o)) {
                throw PyException.typeError("Passing coroutines is forbidden, use tasks explicitly.");
            }
            if (!(o instanceof PyFuture f)) {
                throw PyException.typeError("An asyncio.Future, a coroutine or an awaitable is required");
            }
            futures.add(f);
        }
        fs = futures;
        EventLoop loop = AsyncioContext.of(ctx).runningLoop();
        PyFuture w = new PyFuture(loop);
        w.label = "wait";
        waiter = w;
        if (timeout != null) {
            timeoutHandle = loop.callAt(LoopMethods.deadlineAfter(ctx, loop.time(), timeout), () -> {
                if (!w.done()) {
                    w.setResult(PyNone.NONE);
                }
            });
        }
        counter = fs.size();
        onCompletion = PyFuture.DoneCallback.library("_wait.<locals>._on_completion",
                "tasks.py", 534, (c, f) -> {
            counter--;
            if (counter <= 0 || when.equals("FIRST_COMPLETED")
                    || when.equals("FIRST_EXCEPTION") && !f.cancelled() && f.exception() != PyNone.NONE) {
                if (timeoutHandle != null) {
                    timeoutHandle.cancel();
                }
                if (!w.done()) {
                    w.setResult(PyNone.NONE);
                }
            }
        });
        for (PyFuture f : fs) {
            f.addDoneCallback(onCompletion);
        }
        return block(w);
    }

    private void cleanUp() {
        if (timeoutHandle != null) {
            timeoutHandle.cancel();
        }
        for (PyFuture f : fs) {
            f.removeDoneCallback(onCompletion);
        }
    }

    @Override
    protected void onClose(RunContext ctx) {
        if (fs != null) {
            cleanUp();
        }
    }
}
