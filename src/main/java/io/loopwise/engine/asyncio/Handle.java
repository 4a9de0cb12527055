package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.PyType;

/**
 * A callback queued on the loop, mirroring CPython's {@code asyncio.events.Handle}: it can be cancelled before it
 * runs, and a cancelled handle is skipped when its turn comes. A Python exception escaping the callback goes to the
 * loop's exception handler, as in {@code Handle._run}; only SystemExit and KeyboardInterrupt stop the loop.
 */
public class Handle extends PyObject {
    static final PyType TYPE = PyType.builtin("Handle", "asyncio.events")
            .def("cancel", ArgParser.python("Handle.cancel", "self").checking((ctx, a, k) -> {
                ((Handle) a[0]).cancel();
                return PyNone.NONE;
            }))
            .def("cancelled", ArgParser.python("Handle.cancelled", "self").checking((ctx, a, k) -> PyBool.of(((Handle) a[0]).cancelled())))
            .def("__repr__", (ctx, a, k) -> PyStr.of("<" + String.join(" ", ((Handle) a[0]).reprInfo(ctx)) + ">"))
            .notSubclassable();

    private final Runnable callback;
    final EventLoop loop;
    private boolean cancelled;
    /** The Python callable and arguments behind a call_soon/call_later/call_at handle (for the repr); else null. */
    private PyObject fn;
    private PyObject[] args;

    Handle(Runnable callback, EventLoop loop) {
        this.callback = callback;
        this.loop = loop;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void cancel() {
        cancelled = true;
        fn = null;
        args = null;
    }

    void describeAs(PyObject fn, PyObject[] args) {
        this.fn = fn;
        this.args = args;
    }

    /** CPython's {@code Handle._repr_info}: class name, "cancelled", then the callback (dropped on cancel). */
    java.util.List<String> reprInfo(RunContext ctx) {
        java.util.List<String> info = new java.util.ArrayList<>();
        info.add(type().name());
        if (cancelled) {
            info.add("cancelled");
        }
        if (fn != null) {
            info.add(CallbackSource.format(ctx, fn, args));
        }
        return info;
    }

    public boolean cancelled() {
        return cancelled;
    }

    void run() {
        io.loopwise.engine.runtime.RunContext ctx = loop.actx.ctx;
        int nativeCalls = ctx.nativeCalls;
        if (nativeCalls == 0) {
            runCallback();
            return;
        }
        // the loop keeps everything it runs reachable (ready queue, timers, tasks): no native below holds objects
        ctx.nativeCalls = 0;
        try {
            runCallback();
        } finally {
            ctx.nativeCalls = nativeCalls;
        }
    }

    private void runCallback() {
        try {
            callback.run();
        } catch (PyException e) {
            if (e.matches(io.loopwise.engine.runtime.ExceptionTypes.SYSTEM_EXIT)
                    || e.matches(io.loopwise.engine.runtime.ExceptionTypes.KEYBOARD_INTERRUPT)) {
                throw e;
            }
            loop.callExceptionHandler("Exception in callback", e.value());
        }
    }
}
