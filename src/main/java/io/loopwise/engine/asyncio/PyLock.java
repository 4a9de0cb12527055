package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.ArrayDeque;

/**
 * {@code asyncio.Lock}, mirroring CPython 3.12's {@code locks.Lock}: a free lock is taken without yielding (unless
 * uncancelled waiters are queued: fairness), {@code release} wakes the first waiter, and a waiter cancelled after
 * being woken passes the wake-up on.
 */
final class PyLock extends Subclassable {
    private static final ArgParser INIT = ArgParser.python("Lock.__init__", "self");

    static final PyType TYPE = PyType.builtin("Lock", "asyncio.locks")
            .constructor((ctx, a, k) -> {
                if (!userInit((PyType) a[0])) {
                    INIT.parse(a, k);
                }
                return new PyLock().of((PyType) a[0]);
            })
            .def("__init__", (ctx, a, k) -> {
                INIT.parse(a, k);
                return PyNone.NONE;
            })
            .def("locked", ArgParser.python("Lock.locked", "self").checking((ctx, a, k) -> PyBool.of(self(a).locked)))
            .def("acquire", ArgParser.python("Lock.acquire", "self")
                    .checking((ctx, a, k) -> self(a).new Acquire(ctx, PyBool.TRUE)))
            .def("release", ArgParser.python("Lock.release", "self").checking((ctx, a, k) -> {
                self(a).release();
                return PyNone.NONE;
            }))
            .def("__aenter__", (ctx, a, k) -> self(a).overrides("acquire")
                    ? awaitAndReturnNone(ctx, "Lock.__aenter__", self(a).callSelf(ctx, "acquire"))
                    : self(a).new Acquire(ctx, PyNone.NONE))
            .def("__aexit__", (ctx, a, k) -> new Immediate(ctx, "Lock.__aexit__", c -> {
                if (self(a).overrides("release")) {
                    self(a).callSelf(c, "release");
                } else {
                    self(a).release();
                }
                return PyNone.NONE;
            }))
            .def("__repr__", (ctx, a, k) -> {
                PyLock l = self(a);
                String extra = l.locked ? "locked" : "unlocked";
                if (l.waiters != null && !l.waiters.isEmpty()) {
                    extra += ", waiters:" + l.waiters.size();
                }
                return PyStr.of("<asyncio.locks.Lock object [" + extra + "]>");
            });

    private ArrayDeque<PyFuture> waiters;
    boolean locked;
    private final LoopBound bound = new LoopBound();

    @Override
    protected PyType nativeType() {
        return TYPE;
    }

    private static PyLock self(PyObject[] a) {
        return (PyLock) a[0];
    }

    void release() {
        if (!locked) {
            throw PyException.runtimeError("Lock is not acquired.");
        }
        locked = false;
        wakeUpFirst();
    }

    private void wakeUpFirst() {
        if (waiters == null || waiters.isEmpty()) {
            return;
        }
        PyFuture fut = waiters.peekFirst();
        if (!fut.done()) {
            fut.setResult(PyBool.TRUE);
        }
    }

    private boolean allWaitersCancelled() {
        if (waiters != null) {
            for (PyFuture w : waiters) {
                if (!w.cancelled()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code acquire()} (returns True) and {@code __aenter__} (returns None). */
    final class Acquire extends NativeCoroutine {
        private final PyObject returns;
        private PyFuture fut;

        Acquire(RunContext ctx, PyObject returns) {
            super(ctx, returns == PyNone.NONE ? "Lock.__aenter__" : "Lock.acquire");
            this.returns = returns;
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (fut == null) {
                if (!locked && allWaitersCancelled()) {
                    locked = true;
                    return Step.returned(returns);
                }
                if (waiters == null) {
                    waiters = new ArrayDeque<>();
                }
                fut = new PyFuture(bound.loop(ctx, PyLock.this));
                fut.label = "lock";
                waiters.addLast(fut);
                return block(fut);
            }
            waiters.remove(fut);
            if (thrown != null) {
                if (AsyncioErrors.isCancelled(thrown) && !locked) {
                    wakeUpFirst();
                }
                return Step.raised(thrown);
            }
            locked = true;
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
