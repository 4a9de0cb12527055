package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.ArrayDeque;

/**
 * {@code asyncio.Semaphore} and {@code BoundedSemaphore}, mirroring CPython 3.12's {@code locks.Semaphore}: the
 * counter is decremented by the releaser on behalf of the woken waiter ({@code _wake_up_next}), so a released slot
 * cannot be stolen by a task that arrives before the woken waiter runs.
 */
final class PySemaphore extends Subclassable {

    static final PyType SEMAPHORE = methods(PyType.builtin("Semaphore", "asyncio.locks"))
            .constructor((ctx, a, k) -> create(ctx, a, k, false));
    static final PyType BOUNDED_SEMAPHORE = methods(PyType.builtin("BoundedSemaphore", "asyncio.locks", SEMAPHORE))
            .constructor((ctx, a, k) -> create(ctx, a, k, true));

    private final boolean bounded;
    private long bound;
    private long value;
    private ArrayDeque<PyFuture> waiters;
    private final LoopBound loopBound = new LoopBound();

    private PySemaphore(long value, boolean bounded) {
        this.value = value;
        this.bound = value;
        this.bounded = bounded;
    }

    private static PyObject create(RunContext ctx, PyObject[] a, String[] k, boolean bounded) {
        PyType cls = (PyType) a[0];
        PySemaphore s = new PySemaphore(1, bounded).of(cls);
        if (!userInit(cls)) {
            s.init(ctx, initArgs(cls).parse(a, k)[1]);
        }
        return s;
    }

    private static final ArgParser SEMAPHORE_INIT = ArgParser.python("Semaphore.__init__", "self", "value=");
    private static final ArgParser BOUNDED_INIT = ArgParser.python("BoundedSemaphore.__init__", "self", "value=");

    /** The __init__ signature {@code cls} inherits: BoundedSemaphore overrides Semaphore's. */
    private static ArgParser initArgs(PyType cls) {
        return cls.isSubtypeOf(BOUNDED_SEMAPHORE) ? BOUNDED_INIT : SEMAPHORE_INIT;
    }

    /** {@code Semaphore.__init__(value=1)}. */
    private void init(RunContext ctx, PyObject arg) {
        // CPython compares first ('value < 0'), so a non-number fails with the comparison's own TypeError
        if (arg != null && LoopMethods.lessThan(ctx, arg, io.loopwise.engine.runtime.PyInt.ZERO)) {
            throw PyException.valueError("Semaphore initial value must be >= 0");
        }
        long v = arg == null ? 1 : Protocols.index(arg);
        if (v < 0) {
            throw PyException.valueError("Semaphore initial value must be >= 0");
        }
        value = v;
        bound = v;
    }

    private static PyType methods(PyType t) {
        return t
                .def("locked", ArgParser.python("Semaphore.locked", "self")
                        .checking((ctx, a, k) -> PyBool.of(self(a).locked())))
                .def("acquire", ArgParser.python("Semaphore.acquire", "self")
                        .checking((ctx, a, k) -> self(a).new Acquire(ctx, PyBool.TRUE)))
                .def("__init__", (ctx, a, k) -> {
                    self(a).init(ctx, initArgs(self(a).type()).parse(a, k)[1]);
                    return PyNone.NONE;
                })
                .def("release", ArgParser.python(t.name() + ".release", "self").checking((ctx, a, k) -> {
                    self(a).release();
                    return PyNone.NONE;
                }))
                .def("__aenter__", (ctx, a, k) -> self(a).overrides("acquire")
                        ? awaitAndReturnNone(ctx, "Semaphore.__aenter__", self(a).callSelf(ctx, "acquire"))
                        : self(a).new Acquire(ctx, PyNone.NONE))
                .def("__aexit__", (ctx, a, k) -> new Immediate(ctx, "Semaphore.__aexit__", c -> {
                    if (self(a).overrides("release")) {
                        self(a).callSelf(c, "release");
                    } else {
                        self(a).release();
                    }
                    return PyNone.NONE;
                }))
                .defGetter("_value", (ctx, self) -> PyInt.valueOf(((PySemaphore) self).value))
                .def("__repr__", (ctx, a, k) -> {
                    PySemaphore s = self(a);
                    String extra = s.locked() ? "locked" : "unlocked, value:" + s.value;
                    if (s.waiters != null && !s.waiters.isEmpty()) {
                        extra += ", waiters:" + s.waiters.size();
                    }
                    return PyStr.of("<asyncio.locks." + s.type().name() + " object [" + extra + "]>");
                });
    }

    @Override
    protected PyType nativeType() {
        return bounded ? BOUNDED_SEMAPHORE : SEMAPHORE;
    }

    private static PySemaphore self(PyObject[] a) {
        return (PySemaphore) a[0];
    }

    boolean locked() {
        if (value == 0) {
            return true;
        }
        if (waiters != null) {
            for (PyFuture w : waiters) {
                if (!w.cancelled()) {
                    return true;
                }
            }
        }
        return false;
    }

    void release() {
        if (bounded && value >= bound) {
            throw PyException.valueError("BoundedSemaphore released too many times");
        }
        value++;
        wakeUpNext();
    }

    private void wakeUpNext() {
        if (waiters == null) {
            return;
        }
        for (PyFuture fut : waiters) {
            if (!fut.done()) {
                value--;
                fut.setResult(PyBool.TRUE);
                return;
            }
        }
    }

    /** {@code acquire()} (returns True) and {@code __aenter__} (returns None). */
    final class Acquire extends NativeCoroutine {
        private final PyObject returns;
        private PyFuture fut;

        Acquire(RunContext ctx, PyObject returns) {
            super(ctx, returns == PyNone.NONE ? "Semaphore.__aenter__" : "Semaphore.acquire");
            this.returns = returns;
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (fut == null) {
                if (!locked()) {
                    value--;
                    return Step.returned(returns);
                }
                if (waiters == null) {
                    waiters = new ArrayDeque<>();
                }
                fut = new PyFuture(loopBound.loop(ctx, PySemaphore.this));
                fut.label = "semaphore";
                waiters.addLast(fut);
                return block(fut);
            }
            waiters.remove(fut);
            if (thrown != null) {
                if (AsyncioErrors.isCancelled(thrown) && !fut.cancelled()) {
                    value++;
                    wakeUpNext();
                }
                return Step.raised(thrown);
            }
            if (value > 0) {
                wakeUpNext();
            }
            return Step.returned(returns);
        }

        @Override
        protected void onClose(RunContext ctx) {
            if (fut != null) {
                waiters.remove(fut);
            }
        }
    }
}
