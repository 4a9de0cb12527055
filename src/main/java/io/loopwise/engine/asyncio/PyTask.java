package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * {@code asyncio.Task}, mirroring CPython 3.12's {@code tasks.Task} ({@code __step}, {@code __wakeup}): creating a
 * task only queues its first step; each step sends into (or throws into) the coroutine once; a yielded blocking
 * future gets the task's wakeup as a done callback, so the task resumes one loop iteration after the future
 * completes; a bare yield ({@code sleep(0)}) requeues the step. Cancellation follows {@code _must_cancel},
 * {@code cancelling()} and {@code uncancel()} exactly. The task also reports its life to the timeline.
 */
public final class PyTask extends PyFuture implements PyFuture.DoneCallback {
    private String name;
    private final int trackId;
    private final PyObject coroObject;
    private final Resumable coro;
    private PyFuture futWaiter;
    private boolean mustCancel;
    private int cancelsRequested;
    private Object waitingOn;

    /** CPython's {@code Task(coro, loop=loop, name=name)}: {@code name} null draws the next {@code Task-N}. */
    PyTask(EventLoop loop, PyObject coro, String name) {
        super(loop);
        if (!Awaitables.isCoroutine(coro)) {
            throw PyException.typeError("a coroutine was expected, got " + repr(loop.actx.ctx, coro));
        }
        AsyncioContext actx = loop.actx;
        if (loop.isClosed()) {
            throw PyException.runtimeError("Event loop is closed");
        }
        this.name = name == null ? actx.nextTaskName() : name;
        this.coroObject = coro;
        this.coro = (Resumable) coro;
        this.trackId = actx.register(this, this.name, Awaitables.qualname(coro));
        loop.callSoon(() -> step(null));
    }

    @Override
    public PyType type() {
        return TaskMethods.TASK_TYPE;
    }

    public String name() {
        return name;
    }

    void setName(String newName) {
        name = newName;
        loop.actx.recorder.taskRenamed(trackId, newName);
    }

    PyObject coroObject() {
        return coroObject;
    }

    int cancelling() {
        return cancelsRequested;
    }

    int uncancel() {
        if (cancelsRequested > 0) {
            cancelsRequested--;
        }
        return cancelsRequested;
    }

    String waitingOn() {
        return waitingOn == null ? "nothing (ready to run)" : waitingOn.toString();
    }

    @Override
    Object waitLabel() {
        return "task " + name;
    }

    /** {@code Task.cancel(msg)}: asks the coroutine to raise CancelledError at its next resumption. */
    @Override
    public boolean cancel(PyObject msg) {
        logTraceback = false;
        if (done()) {
            return false;
        }
        cancelsRequested++;
        loop.actx.recorder.cancelRequested(trackId, loop.time(),
                msg == null || msg == PyNone.NONE ? null : repr(loop.actx.ctx, msg));
        if (futWaiter != null && futWaiter.cancel(msg)) {
            return true;
        }
        mustCancel = true;
        cancelMessage = msg;
        return true;
    }

    /** {@code __wakeup}: the awaited future is done; resume with its result or throw its exception in. */
    @Override
    public void onDone(RunContext ctx, PyFuture future) {
        PyBaseException exc = null;
        try {
            future.result();
        } catch (PyException e) {
            exc = e.value();
        }
        step(exc);
    }

    @Override
    public String describe(RunContext ctx) {
        return "Task.task_wakeup()";
    }

    /** The future this task waits on (CPython's {@code _fut_waiter}), or null. */
    PyFuture waiter() {
        return futWaiter;
    }

    @Override
    public void scheduled(PyFuture future) {
        waitingOn = null;
        loop.actx.recorder.becameReady(trackId, loop.time());
    }

    /** {@code __step}: one send/throw into the coroutine, then act on what it yielded, returned or raised. */
    void step(PyBaseException exc) {
        AsyncioContext actx = loop.actx;
        if (done()) {
            throw AsyncioErrors.invalidState("_step(): already done: " + repr(actx.ctx, this));
        }
        if (mustCancel) {
            if (!AsyncioErrors.isCancelled(exc)) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        if (actx.currentTask != null) {
            throw PyException.runtimeError("Cannot enter into task " + name + " while another task "
                    + actx.currentTask.name + " is being executed.");
        }
        actx.currentTask = this;
        actx.recorder.stepBegins(trackId, loop.time());
        try {
            Step r;
            try {
                r = exc == null ? coro.send(actx.ctx, PyNone.NONE) : coro.throwInto(actx.ctx, exc);
            } catch (PyException e) {
                r = Step.raised(e.value());
            }
            handle(actx, r);
        } finally {
            actx.currentTask = null;
        }
    }

    private void handle(AsyncioContext actx, Step r) {
        switch (r.kind()) {
            case RETURN -> {
                if (mustCancel) {
                    mustCancel = false;
                    super.cancel(cancelMessage);
                    ended(actx, "cancelled", null);
                } else {
                    super.setResult(r.value());
                    ended(actx, "completed", null);
                }
            }
            case RAISE -> {
                PyBaseException e = r.exception();
                if (AsyncioErrors.isCancelled(e)) {
                    cancelledExc = e;
                    super.cancel(null);
                    ended(actx, "cancelled", null);
                } else {
                    super.setException(e);
                    ended(actx, "failed", describe(actx.ctx, e));
                    if (e.isInstance(ExceptionTypes.KEYBOARD_INTERRUPT) || e.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
                        throw new PyException(e);
                    }
                }
            }
            case YIELD -> suspended(actx, r.value());
        }
    }

    private void suspended(AsyncioContext actx, PyObject yielded) {
        if (yielded instanceof PyFuture f) {
            if (f.loop != loop) {
                retryWith("Task " + repr(actx.ctx, this) + " got Future " + repr(actx.ctx, f)
                        + " attached to a different loop");
            } else if (!f.blocking) {
                retryWith("yield was used instead of yield from in task " + repr(actx.ctx, this) + " with "
                        + repr(actx.ctx, f));
            } else if (f == this) {
                retryWith("Task cannot await on itself: " + repr(actx.ctx, this));
            } else {
                f.blocking = false;
                waitingOn = f.waitLabel();
                actx.recorder.suspended(trackId, loop.time(), waitingOn);
                f.addDoneCallback(this);
                futWaiter = f;
                if (mustCancel && f.cancel(cancelMessage)) {
                    mustCancel = false;
                }
            }
        } else if (yielded == PyNone.NONE) {
            actx.recorder.suspended(trackId, loop.time(), "sleep(0)");
            actx.recorder.becameReady(trackId, loop.time());
            loop.callSoon(() -> step(null));
        } else {
            retryWith("Task got bad yield: " + repr(actx.ctx, yielded));
        }
    }

    private void retryWith(String message) {
        PyBaseException e = AsyncioErrors.newError(ExceptionTypes.RUNTIME_ERROR, message);
        loop.callSoon(() -> step(e));
    }

    private void ended(AsyncioContext actx, String outcome, String detail) {
        actx.recorder.ended(trackId, loop.time(), outcome, detail);
        actx.unregister(this);
    }

    static String describe(RunContext ctx, PyBaseException e) {
        String msg = io.loopwise.engine.runtime.Protocols.str(ctx, e);
        return msg.isEmpty() ? e.type().name() : e.type().name() + ": " + msg;
    }

    static String repr(RunContext ctx, PyObject o) {
        return io.loopwise.engine.runtime.Protocols.repr(ctx, o);
    }
}
