package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
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
 * {@code asyncio.Barrier(parties)}, mirroring CPython 3.12's {@code locks.Barrier} in its observable behaviour:
 * the first {@code parties - 1} callers of {@code wait()} block; the last one releases them all (they resume in
 * arrival order, one loop iteration later) and every caller gets its arrival index; {@code abort()} breaks the
 * barrier (waiters raise BrokenBarrierError); {@code reset()} breaks only the current cycle (its waiters raise
 * BrokenBarrierError, then the barrier fills again). While a cycle drains or resets, new arrivals wait for the next
 * cycle (CPython's {@code _block}), and raise "Barrier aborted" if it is broken by then.
 */
final class PyBarrier extends PyObject {
    private static final int FILLING = 0;
    private static final int DRAINING = 1;
    private static final int RESETTING = 2;
    private static final int BROKEN = 3;
    private static final String[] STATES = {"filling", "draining", "resetting", "broken"};

    private static final ArgParser ARGS = ArgParser.python("Barrier.__init__", "self", "parties");

    static final PyType TYPE = PyType.builtin("Barrier", "asyncio.locks")
            .constructor((ctx, a, k) -> {
                PyObject partiesArg = ARGS.parse(a, k)[1];
                // CPython compares first ('parties < 1'): a non-number fails with the comparison's TypeError
                if (LoopMethods.lessThan(ctx, partiesArg, PyInt.ONE)) {
                    throw io.loopwise.engine.runtime.PyException.valueError("parties must be > 0");
                }
                long parties = Protocols.index(partiesArg);
                if (parties < 1) {
                    throw io.loopwise.engine.runtime.PyException.valueError("parties must be > 0");
                }
                return new PyBarrier(parties);
            })
            .def("wait", ArgParser.python("Barrier.wait", "self")
                    .checking((ctx, a, k) -> ((PyBarrier) a[0]).new Wait(ctx)))
            .def("__aenter__", (ctx, a, k) -> ((PyBarrier) a[0]).new Wait(ctx))
            .def("__aexit__", (ctx, a, k) -> new Immediate(ctx, "Barrier.__aexit__", c -> PyNone.NONE))
            .def("abort", ArgParser.python("Barrier.abort", "self")
                    .checking((ctx, a, k) -> new Immediate(ctx, "Barrier.abort", c -> {
                ((PyBarrier) a[0]).abort();
                return PyNone.NONE;
            })))
            .def("reset", ArgParser.python("Barrier.reset", "self")
                    .checking((ctx, a, k) -> new Immediate(ctx, "Barrier.reset", c -> {
                ((PyBarrier) a[0]).reset();
                return PyNone.NONE;
            })))
            .defGetter("parties", (ctx, self) -> PyInt.valueOf(((PyBarrier) self).parties))
            .defGetter("n_waiting", (ctx, self) -> PyInt.valueOf(((PyBarrier) self).state == FILLING
                    ? ((PyBarrier) self).count : 0))
            .defGetter("broken", (ctx, self) -> PyBool.of(((PyBarrier) self).state == BROKEN))
            .def("__repr__", (ctx, a, k) -> {
                PyBarrier b = (PyBarrier) a[0];
                String extra = STATES[b.state];
                if (b.state != BROKEN) {
                    extra += ", waiters:" + (b.state == FILLING ? b.count : 0) + "/" + b.parties;
                }
                return PyStr.of("<asyncio.locks.Barrier object [" + extra + "]>");
            })
            .notSubclassable();

    private final long parties;
    private int state = FILLING;
    private long count;
    private final ArrayDeque<PyFuture> waiters = new ArrayDeque<>();
    private final ArrayDeque<PyFuture> nextCycle = new ArrayDeque<>();
    private final LoopBound bound = new LoopBound();

    private PyBarrier(long parties) {
        this.parties = parties;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void abort() {
        state = BROKEN;
        release(waiters);
        release(nextCycle);
    }

    /** CPython's {@code Barrier.reset}: a cycle with tasks inside resets (they raise), an empty one just fills. */
    private void reset() {
        state = count > 0 ? RESETTING : FILLING;
        release(waiters);
        release(nextCycle);
        waiters.clear();
        nextCycle.clear();
    }

    private static void release(ArrayDeque<PyFuture> futures) {
        for (PyFuture f : futures) {
            if (!f.done()) {
                f.setResult(PyBool.TRUE);
            }
        }
    }

    private void exit() {
        count--;
        if (count == 0) {
            if (state == DRAINING || state == RESETTING) {
                state = FILLING;
            }
            release(nextCycle);
        }
    }

    /** {@code await barrier.wait()}: the caller's arrival index in this cycle. */
    final class Wait extends NativeCoroutine {
        private PyFuture fut;
        private long index = -1;

        Wait(RunContext ctx) {
            super(ctx, "Barrier.wait");
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (thrown != null) {
                if (fut != null) {
                    waiters.remove(fut);
                    nextCycle.remove(fut);
                }
                if (index >= 0) {
                    exit();
                }
                return Step.raised(thrown);
            }
            while (true) {
                if (index < 0) {
                    // CPython's _block: wait out a draining or resetting cycle, then refuse a broken barrier.
                    if (state == DRAINING || state == RESETTING) {
                        fut = waitOn(ctx, nextCycle);
                        return block(fut);
                    }
                    if (state == BROKEN) {
                        return Step.raised(AsyncioErrors.newError(AsyncioErrors.BROKEN_BARRIER_ERROR,
                                "Barrier aborted"));
                    }
                    index = count++;
                    if (index + 1 == parties) {
                        state = DRAINING;
                        release(waiters);
                        waiters.clear();
                        exit();
                        return Step.returned(PyInt.valueOf(index));
                    }
                    fut = waitOn(ctx, waiters);
                    return block(fut);
                }
                // CPython's _wait: released once the cycle leaves FILLING.
                if (state == FILLING) {
                    fut = waitOn(ctx, waiters);
                    return block(fut);
                }
                boolean broken = state == BROKEN || state == RESETTING;
                exit();
                if (broken) {
                    return Step.raised(AsyncioErrors.newError(AsyncioErrors.BROKEN_BARRIER_ERROR,
                            "Abort or reset of barrier"));
                }
                return Step.returned(PyInt.valueOf(index));
            }
        }

        private PyFuture waitOn(RunContext ctx, ArrayDeque<PyFuture> queue) {
            PyFuture f = new PyFuture(bound.loop(ctx, PyBarrier.this));
            f.label = "barrier";
            queue.addLast(f);
            return f;
        }
    }
}
