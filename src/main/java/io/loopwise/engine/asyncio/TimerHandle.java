package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;

/**
 * A handle due at a virtual time, mirroring CPython's {@code asyncio.events.TimerHandle}. Timers order by deadline and
 * then by scheduling sequence: equal deadlines fire in the order they were scheduled (CPython's heap leaves exact ties
 * unspecified because real clocks never produce them; FIFO is our one deliberate choice).
 */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {
    static final PyType TYPE = PyType.builtin("TimerHandle", "asyncio.events", Handle.TYPE)
            .def("when", ArgParser.python("TimerHandle.when", "self").checking((ctx, a, k) -> ((TimerHandle) a[0]).whenValue != null ? ((TimerHandle) a[0]).whenValue
                    : PyFloat.valueOf(((TimerHandle) a[0]).when())))
            .def("__repr__", (ctx, a, k) -> PyStr.of("<" + String.join(" ", ((TimerHandle) a[0]).reprInfo(ctx)) + ">"))
            .notSubclassable();

    private final double when;
    private final long seq;
    /** The deadline object {@code call_at} was given, returned unconverted by {@code when()} as CPython does. */
    PyObject whenValue;
    boolean scheduled = true;

    TimerHandle(double when, long seq, Runnable callback, EventLoop loop) {
        super(callback, loop);
        this.when = when;
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public double when() {
        return when;
    }

    /** CPython's {@code TimerHandle._repr_info}: {@code when=} goes after the class name and "cancelled". */
    @Override
    java.util.List<String> reprInfo(io.loopwise.engine.runtime.RunContext ctx) {
        java.util.List<String> info = super.reprInfo(ctx);
        info.add(cancelled() ? 2 : 1, "when=" + (whenValue instanceof io.loopwise.engine.runtime.PyInt i ? i.repr() : PyFloat.valueOf(when).repr()));
        return info;
    }

    @Override
    public void cancel() {
        if (!cancelled()) {
            if (scheduled) {
                loop.timerCancelled();
            }
            super.cancel();
        }
    }

    @Override
    public int compareTo(TimerHandle other) {
        int c = Double.compare(when, other.when);
        return c != 0 ? c : Long.compare(seq, other.seq);
    }
}
