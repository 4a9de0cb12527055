package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import java.util.Arrays;

/**
 * The Python face of {@link EventLoop}: {@code time}, {@code call_soon}, {@code call_later}, {@code call_at},
 * {@code create_future}, {@code create_task}, {@code run_in_executor}, {@code is_running}, {@code is_closed}.
 */
final class LoopMethods {
    private static final ArgParser CREATE_TASK = ArgParser.python("BaseEventLoop.create_task", "self", "coro", "*",
            "name=", "context=");

    private static final ArgParser RUN_IN_EXECUTOR = ArgParser.python("BaseEventLoop.run_in_executor", "self",
            "executor", "func", "*args");

    private static final ArgParser SET_DEBUG = ArgParser.python("BaseEventLoop.set_debug", "self", "enabled");
    private static final ArgParser RUN_FOREVER = ArgParser.python("BaseEventLoop.run_forever", "self");
    private static final ArgParser RUN_UNTIL_COMPLETE = ArgParser.python("BaseEventLoop.run_until_complete", "self",
            "future");

    static final PyType TYPE = PyType.builtin("_UnixSelectorEventLoop", "asyncio.unix_events")
            .def("time", ArgParser.python("BaseEventLoop.time", "self")
                    .checking((ctx, a, k) -> PyFloat.valueOf(loop(a).actx.now())))
            .def("call_soon", ArgParser.python("BaseEventLoop.call_soon", "self", "callback", "*args", "context=")
                    .checking((ctx, a, k) -> {
                checkCallable(ctx, a, 1, "call_soon");
                return described(loop(a).callSoon(callback(ctx, a, k, 2)), a, k, 2);
            }))
            .def("call_soon_threadsafe", ArgParser.python("BaseEventLoop.call_soon_threadsafe", "self", "callback", "*args", "context=").checking((ctx, a, k) -> {
                // one thread in the sandbox: the same FIFO queueing as call_soon (CPython only adds a self-pipe wakeup)
                checkCallable(ctx, a, 1, "call_soon_threadsafe");
                return described(loop(a).callSoon(callback(ctx, a, k, 2)), a, k, 2);
            }))
            .def("call_later", ArgParser.python("BaseEventLoop.call_later", "self", "delay", "callback", "*args",
                    "context=")
                    .checking((ctx, a, k) -> {
                checkCallable(ctx, a, 2, "call_later");
                EventLoop loop = loop(a);
                double when = deadlineAfter(ctx, loop.time(), a[1]);
                return described(loop.callAt(when, callback(ctx, a, k, 3)), a, k, 3);
            }))
            .def("call_at", ArgParser.python("BaseEventLoop.call_at", "self", "when", "callback", "*args", "context=")
                    .checking((ctx, a, k) -> {
                checkCallable(ctx, a, 2, "call_at");
                if (a[1] == PyNone.NONE) {
                    throw io.loopwise.engine.runtime.PyException.typeError("when cannot be None");
                }
                TimerHandle handle = loop(a).callAt(seconds(a[1]), callback(ctx, a, k, 3));
                handle.whenValue = a[1];
                return described(handle, a, k, 3);
            }))
            .def("create_future", ArgParser.python("BaseEventLoop.create_future", "self")
                    .checking((ctx, a, k) -> new PyFuture(loop(a))))
            .def("create_task", (ctx, a, k) -> {
                PyObject[] p = CREATE_TASK.parse(a, k);
                return new PyTask(loop(a), p[1], p[2] == null || p[2] == PyNone.NONE ? null : Protocols.str(ctx, p[2]));
            })
            .def("run_in_executor", (ctx, a, k) -> {
                RUN_IN_EXECUTOR.parse(a, k);
                return Threads.runInExecutor(ctx, loop(a), a[2], Arrays.copyOfRange(a, 3, a.length), null);
            })
            .def("is_running", ArgParser.python("BaseEventLoop.is_running", "self")
                    .checking((ctx, a, k) -> PyBool.of(loop(a).isRunning())))
            .def("is_closed", ArgParser.python("BaseEventLoop.is_closed", "self")
                    .checking((ctx, a, k) -> PyBool.of(loop(a).isClosed())))
            .def("stop", ArgParser.python("BaseEventLoop.stop", "self").checking((ctx, a, k) -> {
                loop(a).stop();
                return PyNone.NONE;
            }))
            .def("get_debug", ArgParser.python("BaseEventLoop.get_debug", "self").checking((ctx, a, k) -> PyBool.FALSE))
            .def("set_debug", (ctx, a, k) -> {
                SET_DEBUG.parse(a, k);
                return PyNone.NONE;
            })
            .def("run_forever", (ctx, a, k) -> {
                RUN_FOREVER.parse(a, k);
                return Runner.runForever(AsyncioContext.of(ctx), loop(a));
            })
            .def("run_until_complete", (ctx, a, k) -> {
                RUN_UNTIL_COMPLETE.parse(a, k);
                EventLoop loop = loop(a);
                AsyncioContext actx = AsyncioContext.of(ctx);
                Runner.checkRunning(actx, loop); // before ensure_future makes a task, as in CPython
                return Runner.runUntilComplete(actx, loop, AsyncioModule.ensureFuture(ctx, a[1], loop));
            })
            .def("close", ArgParser.python("_UnixSelectorEventLoop.close", "self").checking((ctx, a, k) -> {
                loop(a).close();
                return PyNone.NONE;
            }))
            .notSubclassable();

    private LoopMethods() {
    }

    static EventLoop loop(PyObject[] a) {
        return (EventLoop) a[0];
    }

    /** Seconds as a Python number (int or float), a TypeError otherwise. */
    static double seconds(PyObject o) {
        if (o instanceof io.loopwise.engine.runtime.PyInt i) {
            return i.doubleValue();
        }
        if (o instanceof PyFloat f) {
            return f.value();
        }
        throw io.loopwise.engine.runtime.PyException.typeError("'" + o.type().name()
                + "' object cannot be interpreted as a number of seconds");
    }

    /**
     * {@code loop.time() + delay} as CPython's {@code call_later} computes it: a delay that is not a number fails with
     * the addition's own TypeError ("unsupported operand type(s) for +: 'float' and 'str'").
     */
    static double deadlineAfter(RunContext ctx, double now, PyObject delay) {
        return seconds(io.loopwise.engine.runtime.Operators.binary(ctx, io.loopwise.engine.runtime.Operators.ADD,
                PyFloat.valueOf(now), delay));
    }

    /** {@code a < b} with Python's comparison (and its TypeError for unorderable operands). */
    static boolean lessThan(RunContext ctx, PyObject a, PyObject b) {
        return Protocols.isTrue(ctx, io.loopwise.engine.runtime.Operators.compare(ctx,
                io.loopwise.engine.runtime.Operators.LT, a, b));
    }

    /** {@code a <= b} with Python's comparison (and its TypeError for unorderable operands). */
    static boolean lessOrEqual(RunContext ctx, PyObject a, PyObject b) {
        return Protocols.isTrue(ctx, io.loopwise.engine.runtime.Operators.compare(ctx,
                io.loopwise.engine.runtime.Operators.LE, a, b));
    }

    private static void checkCallable(RunContext ctx, PyObject[] a, int index, String method) {
        if (a.length <= index) {
            throw io.loopwise.engine.runtime.PyException.typeError(method + "() missing required argument 'callback'");
        }
    }

    /** Tells a handle its Python callback and arguments, for its repr. */
    private static Handle described(Handle handle, PyObject[] a, String[] kwNames, int from) {
        int npos = a.length - (kwNames == null ? 0 : kwNames.length);
        handle.describeAs(a[from - 1], Arrays.copyOfRange(a, from, npos));
        return handle;
    }

    /** {@code callback(*args)} as a loop callback; the only keyword accepted is {@code context} (ignored). */
    private static Runnable callback(RunContext ctx, PyObject[] a, String[] kwNames, int from) {
        int npos = a.length - (kwNames == null ? 0 : kwNames.length);
        if (kwNames != null) {
            for (String k : kwNames) {
                if (!k.equals("context")) {
                    throw io.loopwise.engine.runtime.PyException.typeError("got an unexpected keyword argument '"
                            + k + "'");
                }
            }
        }
        PyObject fn = a[from - 1];
        PyObject[] args = Arrays.copyOfRange(a, from, npos);
        return () -> Calls.call(ctx, fn, args, null);
    }
}
