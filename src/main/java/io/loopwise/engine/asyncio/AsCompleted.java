package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;

/**
 * {@code asyncio.as_completed(fs, timeout=None)}, mirroring CPython 3.12's generator: nothing, not even the argument
 * check, happens before the first iteration; then every
 * awaitable is wrapped with {@code ensure_future}; each completion is queued (a None marker on timeout) and each
 * yielded {@code _wait_for_one()} coroutine returns the next completed future's result, in completion order.
 */
final class AsCompleted extends PyIterator {
    static final PyType TYPE = PyType.builtin("generator", "builtins")
            .def("__iter__", (ctx, a, k) -> a[0])
            .def("__next__", (ctx, a, k) -> {
                PyObject v = ((AsCompleted) a[0]).next(ctx);
                if (v == null) {
                    throw PyException.stopIteration(null);
                }
                return v;
            })
            .notSubclassable();
    private static final Object TIMED_OUT = new Object();

    private final PyObject fsArg;
    private final PyObject timeout;
    private LinkedHashSet<PyFuture> todo;
    private final ArrayDeque<Object> done = new ArrayDeque<>();
    private final ArrayDeque<PyFuture> getters = new ArrayDeque<>();
    private TimerHandle timeoutHandle;
    private PyFuture.DoneCallback onCompletion;
    private int remaining;

    AsCompleted(RunContext ctx, PyObject fs, PyObject timeout) {
        super(TYPE);
        this.fsArg = fs;
        this.timeout = timeout;
    }

    @Override
    public PyObject next(RunContext ctx) {
        if (todo == null) {
            start(ctx);
        }
        if (remaining == 0) {
            return null;
        }
        remaining--;
        return new WaitForOne(ctx);
    }

    private void start(RunContext ctx) {
        todo = new LinkedHashSet<>();
        if (Awaitables.isFuture(fsArg) || Awaitables.isCoroutine(fsArg)) {
            throw PyException.typeError("expect an iterable of futures, not " + fsArg.type().name());
        }
        EventLoop loop = AsyncioModule.currentLoop(ctx);
        for (PyObject o : new LinkedHashSet<>(Protocols.toList(ctx, fsArg))) {
            todo.add(AsyncioModule.ensureFuture(ctx, o, loop));
        }
        onCompletion = PyFuture.DoneCallback.library("as_completed.<locals>._on_completion",
                "tasks.py", 618, (c, f) -> {
            if (todo.isEmpty()) {
                return;
            }
            todo.remove(f);
            put(f);
            if (todo.isEmpty() && timeoutHandle != null) {
                timeoutHandle.cancel();
            }
        });
        for (PyFuture f : todo) {
            f.addDoneCallback(onCompletion);
        }
        if (!todo.isEmpty() && timeout != null) {
            timeoutHandle = loop.callAt(LoopMethods.deadlineAfter(ctx, loop.time(), timeout), () -> {
                for (PyFuture f : todo) {
                    f.removeDoneCallback(onCompletion);
                    put(null);
                }
                todo.clear();
            });
        }
        remaining = todo.size();
    }

    /** The done queue's {@code put_nowait}: wakes the first waiting getter. */
    private void put(PyFuture f) {
        done.addLast(f == null ? TIMED_OUT : f);
        while (!getters.isEmpty()) {
            PyFuture g = getters.pollFirst();
            if (!g.done()) {
                g.setResult(io.loopwise.engine.runtime.PyNone.NONE);
                break;
            }
        }
    }

    /** One {@code _wait_for_one()} coroutine: {@code f = await done.get()}, then {@code f.result()}. */
    private final class WaitForOne extends NativeCoroutine {
        private PyFuture getter;

        WaitForOne(RunContext ctx) {
            super(ctx, "as_completed.<locals>._wait_for_one");
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (thrown != null) {
                if (getter != null) {
                    getter.cancel(io.loopwise.engine.runtime.PyNone.NONE);
                    getters.remove(getter);
                }
                return Step.raised(thrown);
            }
            while (done.isEmpty()) {
                getter = new PyFuture(AsyncioContext.of(ctx).runningLoop());
                getter.label = "queue.get";
                getters.addLast(getter);
                return block(getter);
            }
            return take();
        }

        private Step take() {
            Object next = done.pollFirst();
            if (!(next instanceof PyFuture f)) {
                return Step.raised(ExceptionTypes.newException(ExceptionTypes.TIMEOUT_ERROR, PyTuple.EMPTY));
            }
            return FutureIter.outcome(f);
        }
    }
}
