package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.ArrayDeque;

/**
 * {@code asyncio.Condition}, mirroring CPython 3.12's {@code locks.Condition}: {@code wait()} releases the lock,
 * waits to be notified, then re-acquires the lock (retrying through cancellations and raising CancelledError
 * afterwards if one arrived), {@code notify(n)} wakes the first n waiters still waiting.
 */
final class PyCondition extends Subclassable {
    private static final ArgParser ARGS = ArgParser.python("Condition.__init__", "self", "lock=");

    private static final ArgParser WAIT_FOR = ArgParser.python("Condition.wait_for", "self", "predicate");

    static final PyType TYPE = PyType.builtin("Condition", "asyncio.locks")
            .constructor((ctx, a, k) -> {
                PyType cls = (PyType) a[0];
                if (userInit(cls)) {
                    return new PyCondition(new PyLock()).of(cls);
                }
                return new PyCondition(lockArg(ARGS.parse(a, k)[1])).of(cls);
            })
            .def("__init__", (ctx, a, k) -> {
                self(a).lock = lockArg(ARGS.parse(a, k)[1]);
                return PyNone.NONE;
            })
            .def("locked", ArgParser.python("Lock.locked", "self")
                    .checking((ctx, a, k) -> PyBool.of(self(a).lock.locked)))
            .def("acquire", ArgParser.python("Lock.acquire", "self")
                    .checking((ctx, a, k) -> self(a).lock.new Acquire(ctx, PyBool.TRUE)))
            .def("release", ArgParser.python("Lock.release", "self").checking((ctx, a, k) -> {
                self(a).lock.release();
                return PyNone.NONE;
            }))
            .def("__aenter__", (ctx, a, k) -> self(a).overrides("acquire")
                    ? awaitAndReturnNone(ctx, "Condition.__aenter__", self(a).callSelf(ctx, "acquire"))
                    : self(a).lock.new Acquire(ctx, PyNone.NONE))
            .def("__aexit__", (ctx, a, k) -> new Immediate(ctx, "Condition.__aexit__", c -> {
                if (self(a).overrides("release")) {
                    self(a).callSelf(c, "release");
                } else {
                    self(a).lock.release();
                }
                return PyNone.NONE;
            }))
            .def("wait", ArgParser.python("Condition.wait", "self").checking((ctx, a, k) -> self(a).new Wait(ctx)))
            .def("wait_for", (ctx, a, k) -> {
                WAIT_FOR.parse(a, k);
                return self(a).new WaitFor(ctx, a[1]);
            })
            .def("notify", ArgParser.python("Condition.notify", "self", "n=").checking((ctx, a, k) -> {
                self(a).notify(a.length > 1 ? Protocols.index(a[1]) : 1);
                return PyNone.NONE;
            }))
            .def("notify_all", ArgParser.python("Condition.notify_all", "self").checking((ctx, a, k) -> {
                self(a).notify(self(a).waiters.size());
                return PyNone.NONE;
            }));

    private PyLock lock;
    private final ArrayDeque<PyFuture> waiters = new ArrayDeque<>();
    private final LoopBound bound = new LoopBound();

    private PyCondition(PyLock lock) {
        this.lock = lock;
    }

    @Override
    protected PyType nativeType() {
        return TYPE;
    }

    private static PyLock lockArg(PyObject lock) {
        if (lock != null && lock != PyNone.NONE && !(lock instanceof PyLock)) {
            throw PyException.typeError("lock must be an asyncio.Lock");
        }
        return lock instanceof PyLock l ? l : new PyLock();
    }

    private static PyCondition self(PyObject[] a) {
        return (PyCondition) a[0];
    }

    private void notify(long n) {
        if (!lock.locked) {
            throw PyException.runtimeError("cannot notify on un-acquired lock");
        }
        long idx = 0;
        for (PyFuture fut : waiters) {
            if (idx >= n) {
                break;
            }
            if (!fut.done()) {
                idx++;
                fut.setResult(PyBool.FALSE);
            }
        }
    }

    /** {@code await cond.wait()}: notified, then re-acquire (the {@code finally} loop of CPython). */
    final class Wait extends NativeCoroutine {
        private PyFuture fut;
        private PyBaseException pending;
        private boolean reacquiring;
        private boolean cancelled;
        private PyLock.Acquire acquire;

        Wait(RunContext ctx) {
            super(ctx, "Condition.wait");
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (fut == null) {
                if (!lock.locked) {
                    return Step.raised(AsyncioErrors.newError(io.loopwise.engine.runtime.ExceptionTypes.RUNTIME_ERROR,
                            "cannot wait on un-acquired lock"));
                }
                lock.release();
                fut = new PyFuture(bound.loop(ctx, PyCondition.this));
                fut.label = "condition";
                waiters.addLast(fut);
                return block(fut);
            }
            if (!reacquiring) {
                waiters.remove(fut);
                pending = thrown;
                reacquiring = true;
                thrown = null;
            }
            while (true) {
                if (acquire == null) {
                    acquire = lock.new Acquire(ctx, PyBool.TRUE);
                    thrown = null;
                }
                Step s = thrown == null ? acquire.send(ctx, PyNone.NONE) : acquire.throwInto(ctx, thrown);
                if (s.isYield()) {
                    return s;
                }
                acquire = null;
                if (s.isRaise()) {
                    if (!AsyncioErrors.isCancelled(s.exception())) {
                        return s;
                    }
                    cancelled = true;
                    thrown = null;
                    continue;
                }
                break;
            }
            if (cancelled) {
                return Step.raised(AsyncioErrors.cancelled(null));
            }
            return pending != null ? Step.raised(pending) : Step.returned(PyBool.TRUE);
        }
    }

    /** {@code await cond.wait_for(predicate)}: waits until {@code predicate()} is true. */
    final class WaitFor extends NativeCoroutine {
        private final PyObject predicate;
        private Wait wait;

        WaitFor(RunContext ctx, PyObject predicate) {
            super(ctx, "Condition.wait_for");
            this.predicate = predicate;
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            try {
                if (wait == null) {
                    PyObject result = Calls.call(ctx, predicate);
                    if (Protocols.isTrue(ctx, result)) {
                        return Step.returned(result);
                    }
                    wait = new Wait(ctx);
                    thrown = null;
                }
                while (true) {
                    Step s = thrown == null ? wait.send(ctx, PyNone.NONE) : wait.throwInto(ctx, thrown);
                    if (!s.isReturn()) {
                        return s;
                    }
                    PyObject result = Calls.call(ctx, predicate);
                    if (Protocols.isTrue(ctx, result)) {
                        return Step.returned(result);
                    }
                    wait = new Wait(ctx);
                    thrown = null;
                }
            } catch (PyException e) {
                return Step.raised(e.value());
            }
        }
    }
}
