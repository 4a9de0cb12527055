package io.loopwise.engine.asyncio;

import io.loopwise.engine.RunLimits;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.HashMap;

/**
 * Benchmark harness (prints numbers; not a unit test) for the asyncio layer alone: a 10,000-task gather
 * fan-out of {@code asyncio.sleep} coroutines (median of warmed runs) and the heap held per suspended task
 * (task + its sleep coroutine, future, timer and callbacks; the interpreter's frames come on top).
 * Run: {@code java -cp <classes> io.loopwise.engine.asyncio.LoopBenchmark}.
 */
public final class LoopBenchmark {
    private static final int TASKS = 10_000;

    private LoopBenchmark() {
    }

    public static void main(String[] args) {
        double[] ms = new double[15];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = fanOutMillis();
        }
        java.util.Arrays.sort(ms);
        System.out.printf("gather fan-out of %d sleeping tasks: median %.2f ms (min %.2f ms)%n", TASKS, ms[ms.length / 2],
                ms[0]);
        System.out.printf("heap per suspended task (asyncio layer): %d bytes%n", bytesPerSuspendedTask());
    }

    private static double fanOutMillis() {
        RunContext ctx = new RunContext(RunLimits.CEILING, null, new HashMap<>(), "");
        ctx.bind();
        PyModule asyncio = ctx.importModule("asyncio");
        PyObject sleep = asyncio.instanceDict().get("sleep");
        PyObject gather = asyncio.instanceDict().get("gather");
        long start = System.nanoTime();
        PyObject[] coros = new PyObject[TASKS];
        for (int i = 0; i < TASKS; i++) {
            coros[i] = Calls.call(ctx, sleep, PyFloat.valueOf(0.001 * (i % 100)), PyInt.valueOf(i));
        }
        PyObject result = Calls.call(ctx, asyncio.instanceDict().get("run"), awaiting(ctx, gather, coros));
        double ms = (System.nanoTime() - start) / 1e6;
        if (((PyList) result).items().size() != TASKS) {
            throw new IllegalStateException("fan-out lost results");
        }
        return ms;
    }

    private static long bytesPerSuspendedTask() {
        RunContext ctx = new RunContext(RunLimits.CEILING, null, new HashMap<>(), "");
        ctx.bind();
        PyModule asyncio = ctx.importModule("asyncio");
        PyObject sleep = asyncio.instanceDict().get("sleep");
        long[] measured = new long[1];
        PyObject main = new NativeCoroutine(ctx, "main") {
            private int phase;

            @Override
            protected Step resume(RunContext c, PyBaseException thrown) {
                if (phase++ == 0) {
                    return Step.YIELD_NONE;
                }
                long before = usedHeap();
                PyObject[] keep = new PyObject[TASKS];
                for (int i = 0; i < TASKS; i++) {
                    keep[i] = Calls.call(c, asyncio.instanceDict().get("create_task"),
                            Calls.call(c, sleep, PyInt.valueOf(100)));
                }
                measured[0] = before;
                return Step.returned(new PyList(new java.util.ArrayList<>(java.util.Arrays.asList(keep))));
            }
        };
        EventLoop loop = new EventLoop(AsyncioContext.of(ctx));
        AsyncioContext actx = AsyncioContext.of(ctx);
        PyTask t = new PyTask(loop, main, null);
        actx.runningLoop = loop;
        for (int i = 0; i < 4; i++) {
            loop.runOnce();
        }
        long after = usedHeap();
        actx.runningLoop = null;
        if (!t.done()) {
            throw new IllegalStateException("main did not finish");
        }
        return (after - measured[0]) / TASKS;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static PyObject awaiting(RunContext ctx, PyObject gather, PyObject[] coros) {
        return new NativeCoroutine(ctx, "main") {
            private Resumable inner;

            @Override
            protected Step resume(RunContext c, PyBaseException thrown) {
                if (inner == null) {
                    inner = Awaitables.iteratorOf(c, Calls.call(c, gather, coros, null));
                }
                return thrown == null ? inner.send(c, PyNone.NONE) : inner.throwInto(c, thrown);
            }
        };
    }
}
