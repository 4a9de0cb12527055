package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import java.util.Arrays;

/** Adds the higher-level asyncio API (timeouts, waiting, shield, task groups, queues, locks, threads). */
final class AsyncioExtras {
    private static final ArgParser WAIT_FOR = ArgParser.python("wait_for", "fut", "timeout");
    private static final ArgParser TIMEOUT = ArgParser.python("timeout", "delay");
    private static final ArgParser TIMEOUT_AT = ArgParser.python("timeout_at", "when");
    private static final ArgParser WAIT = ArgParser.python("wait", "fs", "*", "timeout=", "return_when=");
    private static final ArgParser AS_COMPLETED = ArgParser.python("as_completed", "fs", "*", "timeout=");
    private static final ArgParser TO_THREAD = ArgParser.python("to_thread", "func", "/", "*args", "**kwargs");
    private static final ArgParser SHIELD = ArgParser.python("shield", "arg");

    private AsyncioExtras() {
    }

    static void define(PyModule m) {
        m.def("wait_for", (c, a, k) -> {
            PyObject[] p = WAIT_FOR.parse(a, k);
            return new WaitFor(c, p[0], p[1] == PyNone.NONE ? null : p[1]);
        });
        m.def("timeout", (c, a, k) -> {
            PyObject delay = TIMEOUT.parse(a, k)[0];
            EventLoop loop = AsyncioContext.of(c).runningLoop();
            return new PyTimeout(delay == PyNone.NONE ? null : LoopMethods.deadlineAfter(c, loop.time(), delay));
        });
        m.def("timeout_at", (c, a, k) -> {
            PyObject when = TIMEOUT_AT.parse(a, k)[0];
            return new PyTimeout(when == null || when == PyNone.NONE ? null : when);
        });
        m.def("shield", (c, a, k) -> Shield.shield(c, SHIELD.parse(a, k)[0]));
        m.def("wait", (c, a, k) -> {
            PyObject[] p = WAIT.parse(a, k);
            return new Wait(c, p[0], p[1] == null || p[1] == PyNone.NONE ? null : p[1], p[2] == null ? PyStr.of("ALL_COMPLETED") : p[2]);
        });
        m.def("as_completed", (c, a, k) -> {
            PyObject[] p = AS_COMPLETED.parse(a, k);
            return new AsCompleted(c, p[0], p[1] == null || p[1] == PyNone.NONE ? null : p[1]);
        });
        m.def("to_thread", (c, a, k) -> {
            TO_THREAD.parse(a, k);
            return new Threads.ToThread(c, a[0], Arrays.copyOfRange(a, 1, a.length), k);
        });
        m.set("TaskGroup", PyTaskGroup.TYPE);
        m.set("Barrier", PyBarrier.TYPE);
        m.set("Timeout", PyTimeout.TYPE);
        m.set("Runner", PyRunner.TYPE);
        m.set("Queue", PyQueue.QUEUE);
        m.set("LifoQueue", PyQueue.LIFO_QUEUE);
        m.set("PriorityQueue", PyQueue.PRIORITY_QUEUE);
        m.set("Lock", PyLock.TYPE);
        m.set("Event", PyEvent.TYPE);
        m.set("Condition", PyCondition.TYPE);
        m.set("Semaphore", PySemaphore.SEMAPHORE);
        m.set("BoundedSemaphore", PySemaphore.BOUNDED_SEMAPHORE);
    }

    static Double optionalSeconds(PyObject o) {
        return o == null || o == PyNone.NONE ? null : LoopMethods.seconds(o);
    }
}
