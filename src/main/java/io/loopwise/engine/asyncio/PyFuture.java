package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyAwaitable;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.TracebackEntry;
import java.util.ArrayList;

/**
 * {@code asyncio.Future}, mirroring CPython's {@code futures.Future}: pending, then finished (result or exception) or
 * cancelled; done callbacks are scheduled with {@code call_soon} in registration order when it completes (or at once
 * if it is already done); {@code result()}/{@code exception()} raise InvalidStateError while pending and
 * CancelledError when cancelled. Callbacks are stored like the C implementation's {@code fut_callback0}: a single
 * callback in a field, a list only when there are more.
 */
public class PyFuture extends PyObject implements PyAwaitable {
    static final int PENDING = 0;
    static final int CANCELLED = 1;
    static final int FINISHED = 2;

    final EventLoop loop;
    int state;
    private PyObject result;
    private PyBaseException exception;
    private TracebackEntry exceptionTb;
    PyObject cancelMessage;
    PyBaseException cancelledExc;
    /** CPython's {@code _asyncio_future_blocking}: set while a Task is being told to wait for this future. */
    boolean blocking;
    boolean logTraceback;
    /** What a task awaiting this future waits on, for the timeline and deadlock reports ("lock", "queue.get"). */
    String label;
    /** For a sleep's future: its deadline (the label "sleep until 2.0" is only formatted when needed). */
    double sleepUntil = Double.NaN;
    private Object callbacks;

    PyFuture(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public PyType type() {
        return FutureMethods.FUTURE_TYPE;
    }

    @Override
    public Resumable awaitIterator(RunContext ctx) {
        return new FutureIter(this);
    }

    public boolean done() {
        return state != PENDING;
    }

    public boolean cancelled() {
        return state == CANCELLED;
    }

    /** The wait description; its toString() is the text ("sleep until 2.0", "lock", "task Task-3", "future"). */
    Object waitLabel() {
        if (!Double.isNaN(sleepUntil)) {
            return new SleepLabel(sleepUntil);
        }
        return label == null ? "future" : label;
    }

    /** "sleep until T", formatted with Python's float repr only when a timeline or report needs the text. */
    private record SleepLabel(double when) {
        @Override
        public String toString() {
            return "sleep until " + io.loopwise.engine.runtime.PyFloat.valueOf(when).repr();
        }
    }

    /** CPython's {@code _make_cancelled_error}: the saved CancelledError, or a new one with the cancel message. */
    PyBaseException makeCancelledError() {
        if (cancelledExc != null) {
            PyBaseException e = cancelledExc;
            cancelledExc = null;
            return e;
        }
        return AsyncioErrors.cancelled(cancelMessage);
    }

    /** {@code cancel(msg)}: False if already done, otherwise cancelled and callbacks scheduled. */
    public boolean cancel(PyObject msg) {
        logTraceback = false;
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        cancelMessage = msg;
        scheduleCallbacks();
        return true;
    }

    /** {@code result()}: the value, or raises the exception / CancelledError / InvalidStateError. */
    public PyObject result() {
        if (state == CANCELLED) {
            throw new PyException(makeCancelledError());
        }
        if (state != FINISHED) {
            throw AsyncioErrors.invalidState("Result is not set.");
        }
        logTraceback = false;
        if (exception != null) {
            throw reraise();
        }
        return result;
    }

    /** The outcome as a raised exception for {@code await}: restores the traceback saved by set_exception. */
    PyException reraise() {
        exception.setTraceback(exceptionTb);
        return new PyException(exception);
    }

    /** {@code exception()}: the exception or None; CancelledError / InvalidStateError like CPython. */
    public PyObject exception() {
        if (state == CANCELLED) {
            throw new PyException(makeCancelledError());
        }
        if (state != FINISHED) {
            throw AsyncioErrors.invalidState("Exception is not set.");
        }
        logTraceback = false;
        return exception == null ? PyNone.NONE : exception;
    }

    /** The stored exception without marking it retrieved (null if none). */
    PyBaseException exceptionValue() {
        return exception;
    }

    PyObject resultValue() {
        return result;
    }

    public void setResult(PyObject value) {
        if (state != PENDING) {
            throw AsyncioErrors.invalidState("invalid state");
        }
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    public void setException(PyBaseException exc) {
        if (state != PENDING) {
            throw AsyncioErrors.invalidState("invalid state");
        }
        if (exc.type() == ExceptionTypes.STOP_ITERATION) {
            throw PyException.typeError("StopIteration interacts badly with generators and cannot be raised into "
                    + "a Future");
        }
        exception = exc;
        exceptionTb = exc.traceback();
        state = FINISHED;
        scheduleCallbacks();
        logTraceback = true;
        loop.actx.futureFailed(this);
    }

    /** {@code add_done_callback}: scheduled now if done, else kept in registration order. */
    public void addDoneCallback(DoneCallback cb) {
        if (state != PENDING) {
            schedule(cb);
            return;
        }
        if (callbacks == null) {
            callbacks = cb;
        } else if (callbacks instanceof ArrayList<?> list) {
            @SuppressWarnings("unchecked")
            ArrayList<DoneCallback> l = (ArrayList<DoneCallback>) list;
            l.add(cb);
        } else {
            ArrayList<DoneCallback> l = new ArrayList<>(4);
            l.add((DoneCallback) callbacks);
            l.add(cb);
            callbacks = l;
        }
    }

    /** {@code remove_done_callback}: removes every registration equal to {@code cb}; returns how many. */
    public int removeDoneCallback(DoneCallback cb) {
        if (callbacks == null) {
            return 0;
        }
        if (!(callbacks instanceof ArrayList<?>)) {
            if (callbacks.equals(cb)) {
                callbacks = null;
                return 1;
            }
            return 0;
        }
        @SuppressWarnings("unchecked")
        ArrayList<DoneCallback> l = (ArrayList<DoneCallback>) callbacks;
        int before = l.size();
        l.removeIf(c -> c.equals(cb));
        return before - l.size();
    }

    private void scheduleCallbacks() {
        Object cbs = callbacks;
        if (cbs == null) {
            return;
        }
        callbacks = null;
        if (cbs instanceof ArrayList<?> list) {
            for (Object cb : list) {
                schedule((DoneCallback) cb);
            }
        } else {
            schedule((DoneCallback) cbs);
        }
    }

    private void schedule(DoneCallback cb) {
        cb.scheduled(this);
        loop.callSoon(() -> cb.onDone(loop.actx.ctx, this));
    }

    /** The registered callbacks, in order (for the repr's {@code cb=[...]}). */
    java.util.List<DoneCallback> callbacks() {
        if (callbacks == null) {
            return java.util.List.of();
        }
        if (callbacks instanceof ArrayList<?> list) {
            @SuppressWarnings("unchecked")
            java.util.List<DoneCallback> l = (java.util.List<DoneCallback>) list;
            return java.util.List.copyOf(l);
        }
        return java.util.List.of((DoneCallback) callbacks);
    }

    /** A done callback: Java code of the asyncio layer, or a Python callable ({@link PythonDoneCallback}). */
    public interface DoneCallback {
        void onDone(RunContext ctx, PyFuture future);

        /** How a Future's repr lists it, CPython's {@code _format_callback_source} ("Task.task_wakeup()"). */
        default String describe(RunContext ctx) {
            return "<callback>()";
        }

        /** Told when the callback is queued (a waiting task becomes "ready" on the timeline). */
        default void scheduled(PyFuture future) {
        }

        /**
         * A callback that a future's repr lists as CPython lists the asyncio function it stands for, e.g.
         * {@code library("gather.<locals>._done_callback", "tasks.py", 767)}: CPython 3.12.1's qualname and source
         * line, under the standard install prefix (the reference install's own prefix differs per machine).
         */
        static DoneCallback library(String qualname, String file, int line, DoneCallback body) {
            String text = qualname + "() at " + CallbackSource.LIBRARY + file + ":" + line;
            return new DoneCallback() {
                @Override
                public void onDone(RunContext ctx, PyFuture future) {
                    body.onDone(ctx, future);
                }

                @Override
                public String describe(RunContext ctx) {
                    return text;
                }
            };
        }
    }
}
