package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;

/**
 * {@code asyncio.timeout()} / {@code timeout_at()}, mirroring CPython 3.12's {@code timeouts.Timeout}: on expiry it
 * cancels the current task; on exit, if it expired and the task's cancel count drops back to where it was on entry
 * and a CancelledError is leaving the block, it raises {@code TimeoutError from} that CancelledError. Nested
 * timeouts therefore each convert only their own cancellation. {@code when()} gives back the deadline object it was
 * given ({@code timeout_at(5).when()} is the int 5), as CPython stores it unconverted.
 */
final class PyTimeout extends PyObject {
    private static final int CREATED = 0;
    private static final int ENTERED = 1;
    private static final int EXPIRING = 2;
    private static final int EXPIRED = 3;
    private static final int EXITED = 4;
    private static final String[] STATE_VALUES = {"created", "active", "expiring", "expired", "finished"};

    private static final ArgParser RESCHEDULE = ArgParser.python("Timeout.reschedule", "self", "when");
    private static final ArgParser INIT = ArgParser.python("Timeout.__init__", "self", "when");

    static final PyType TYPE = PyType.builtin("Timeout", "asyncio.timeouts")
            .constructor((ctx, a, k) -> {
                PyObject when = INIT.parse(a, k)[1];
                return new PyTimeout(when == PyNone.NONE ? null : when);
            })
            .def("when", ArgParser.python("Timeout.when", "self").checking((ctx, a, k) -> self(a).whenValue == null ? PyNone.NONE : self(a).whenValue))
            .def("reschedule", (ctx, a, k) -> {
                PyObject when = RESCHEDULE.parse(a, k)[1];
                self(a).reschedule(ctx, when != PyNone.NONE ? when : null);
                return PyNone.NONE;
            })
            .def("expired", ArgParser.python("Timeout.expired", "self").checking((ctx, a, k) -> PyBool.of(self(a).state == EXPIRING || self(a).state == EXPIRED)))
            .def("__aenter__", (ctx, a, k) -> new Immediate(ctx, "Timeout.__aenter__", c -> self(a).enter(c)))
            .def("__aexit__", (ctx, a, k) -> new Immediate(ctx, "Timeout.__aexit__",
                    c -> self(a).exit(c, a.length > 1 ? a[1] : PyNone.NONE, a.length > 2 ? a[2] : PyNone.NONE)))
            .def("__repr__", (ctx, a, k) -> PyStr.of(self(a).repr()))
            .notSubclassable();

    private int state = CREATED;
    private Double when;
    private PyObject whenValue;
    private Handle handler;
    private PyTask task;
    private int cancelling;

    PyTimeout(Double when) {
        this(when == null ? null : PyFloat.valueOf(when));
    }

    /** A timeout at {@code when} (an int or float deadline, or null for none). */
    PyTimeout(PyObject when) {
        this.whenValue = when;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyTimeout self(PyObject[] a) {
        return (PyTimeout) a[0];
    }

    boolean expired() {
        return state == EXPIRING || state == EXPIRED;
    }

    PyObject enter(RunContext ctx) {
        if (state != CREATED) {
            throw PyException.runtimeError("Timeout has already been entered");
        }
        AsyncioContext actx = AsyncioContext.of(ctx);
        PyTask t = actx.currentTask;
        if (t == null) {
            throw PyException.runtimeError("Timeout should be used inside a task");
        }
        state = ENTERED;
        task = t;
        cancelling = t.cancelling();
        reschedule(ctx, whenValue);
        return this;
    }

    void reschedule(RunContext ctx, PyObject newWhenValue) {

        if (state != ENTERED) {
            if (state == CREATED) {
                throw PyException.runtimeError("Timeout has not been entered");
            }
            throw PyException.runtimeError("Cannot change state of " + STATE_VALUES[state] + " Timeout");
        }
        whenValue = newWhenValue;
        if (handler != null) {
            handler.cancel();
        }
        if (newWhenValue == null) {
            handler = null;
            when = null;
        } else {
            // CPython compares first (a TypeError names '<=' and the deadline's type), then schedules.
            EventLoop loop = AsyncioContext.of(ctx).runningLoop();
            boolean due = LoopMethods.lessOrEqual(ctx, newWhenValue, PyFloat.valueOf(loop.time()));
            when = LoopMethods.seconds(newWhenValue);
            handler = due ? loop.callSoon(this::onTimeout) : loop.callAt(when, this::onTimeout);
        }
    }

    /** {@code __aexit__}: returns None, or raises TimeoutError chained from the CancelledError it converts. */
    PyObject exit(RunContext ctx, PyObject excType, PyObject excVal) {
        if (handler != null) {
            handler.cancel();
            handler = null;
        }
        if (state == EXPIRING) {
            state = EXPIRED;
            if (task.uncancel() <= cancelling && excType == AsyncioErrors.CANCELLED_ERROR) {
                PyBaseException timeout = ExceptionTypes.newException(ExceptionTypes.TIMEOUT_ERROR, PyTuple.EMPTY);
                if (excVal instanceof PyBaseException cause) {
                    timeout.setCause(cause);
                    timeout.setContext(cause);
                }
                PyException raised = new PyException(timeout);
                raised.contextSet = true;
                throw raised;
            }
        } else if (state == ENTERED) {
            state = EXITED;
        }
        return PyNone.NONE;
    }

    private void onTimeout() {
        task.cancel(PyNone.NONE);
        state = EXPIRING;
        handler = null;
    }

    private String repr() {
        String info = "";
        if (state == ENTERED) {
            info = " when=" + (when == null ? "None" : whenValue instanceof PyFloat
                    ? PyFloat.valueOf(Math.round(when * 1000) / 1000.0).repr() : ((PyInt) whenValue).repr());
        }
        return "<Timeout [" + STATE_VALUES[state] + "]" + info + ">";
    }
}
