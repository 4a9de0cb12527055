package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import java.util.LinkedHashSet;

/** The {@code asyncio} module of one run: functions, classes and exceptions of the supported subset. */
final class AsyncioModule {
    private static final ArgParser RUN = ArgParser.python("run", "main", "*", "debug=", "loop_factory=");
    private static final ArgParser SLEEP = ArgParser.python("sleep", "delay", "result=");
    private static final ArgParser CREATE_TASK = ArgParser.python("create_task", "coro", "*", "name=", "context=");
    private static final ArgParser GATHER = ArgParser.python("gather", "*coros_or_futures", "return_exceptions=");
    private static final ArgParser ENSURE_FUTURE = ArgParser.python("ensure_future", "coro_or_future", "*", "loop=");
    private static final ArgParser CURRENT_TASK = ArgParser.clinic("current_task", "loop=");
    private static final ArgParser ALL_TASKS = ArgParser.python("all_tasks", "loop=");
    private static final ArgParser NEW_EVENT_LOOP = ArgParser.python("new_event_loop");
    private static final ArgParser SET_EVENT_LOOP = ArgParser.python("set_event_loop", "loop");
    private static final ArgParser ISCOROUTINE = ArgParser.python("iscoroutine", "obj");
    private static final ArgParser ISCOROUTINEFUNCTION = ArgParser.python("iscoroutinefunction", "func");
    private static final ArgParser ISFUTURE = ArgParser.python("isfuture", "obj");

    private AsyncioModule() {
    }

    static PyModule create(RunContext ctx) {
        AsyncioContext.of(ctx);
        PyModule m = new PyModule("asyncio");
        m.def("run", (c, a, k) -> Runner.run(c, RUN.parse(a, k)[0]));
        // what run holds (the loop, the main task) stays reachable from the run's roots while it runs
        ((io.loopwise.engine.runtime.PyNativeFunction) m.instanceDict().get("run")).markHoldsOnlyArguments();
        m.def("sleep", (c, a, k) -> {
            PyObject[] p = SLEEP.parse(a, k);
            return new Sleep(c, p[0], p[1] == null ? PyNone.NONE : p[1]);
        });
        m.def("create_task", (c, a, k) -> {
            PyObject[] p = CREATE_TASK.parse(a, k);
            PyTask t = new PyTask(AsyncioContext.of(c).runningLoop(), p[0], null);
            if (p[1] != null && p[1] != PyNone.NONE) {
                t.setName(Protocols.str(c, p[1]));
            }
            return t;
        });
        m.def("ensure_future", (c, a, k) -> {
            PyObject[] p = ENSURE_FUTURE.parse(a, k);
            return ensureFuture(c, p[0], p[1] instanceof EventLoop l ? l : null);
        });
        m.def("gather", (c, a, k) -> {
            PyObject[] p = GATHER.parse(a, k);
            return GatheringFuture.gather(c, ((io.loopwise.engine.runtime.PyTuple) p[0]).array(),
                    p[1] != null && Protocols.isTrue(c, p[1]));
        });
        m.def("current_task", (c, a, k) -> {
            CURRENT_TASK.parse(a, k);
            AsyncioContext actx = AsyncioContext.of(c);
            actx.runningLoop();
            return actx.currentTask == null ? PyNone.NONE : actx.currentTask;
        });
        m.def("all_tasks", (c, a, k) -> {
            ALL_TASKS.parse(a, k);
            AsyncioContext actx = AsyncioContext.of(c);
            return new PySet(new LinkedHashSet<>(actx.pendingTasks(actx.runningLoop())), false);
        });
        m.def("get_running_loop", (c, a, k) -> {
            ArgParser.noArgs("_asyncio.get_running_loop", a, k, 0);
            return AsyncioContext.of(c).runningLoop();
        });
        m.def("get_event_loop", (c, a, k) -> {
            ArgParser.noArgs("_asyncio.get_event_loop", a, k, 0);
            return currentLoop(c);
        });
        m.def("new_event_loop", NEW_EVENT_LOOP.checking((c, a, k) -> new EventLoop(AsyncioContext.of(c))));
        m.def("set_event_loop", (c, a, k) -> {
            AsyncioContext.of(c).eventLoop = SET_EVENT_LOOP.parse(a, k)[0] instanceof EventLoop l ? l : null;
            AsyncioContext.of(c).eventLoopSetCalled = true;
            return PyNone.NONE;
        });
        m.def("iscoroutine", (c, a, k) -> {
            ISCOROUTINE.parse(a, k);
            return PyBool.of(Awaitables.isCoroutine(a[0]));
        });
        m.def("iscoroutinefunction", (c, a, k) -> {
            ISCOROUTINEFUNCTION.parse(a, k);
            PyObject f = a[0] instanceof io.loopwise.engine.runtime.PyMethod bound ? bound.function() : a[0];
            return PyBool.of(f instanceof io.loopwise.engine.vm.PyFunction fn && fn.isCoroutineFunction());
        });
        m.def("isfuture", (c, a, k) -> {
            ISFUTURE.parse(a, k);
            return PyBool.of(Awaitables.isFuture(a[0]));
        });
        m.set("Future", FutureMethods.FUTURE_TYPE);
        m.set("Task", TaskMethods.TASK_TYPE);
        m.set("Handle", Handle.TYPE);
        m.set("TimerHandle", TimerHandle.TYPE);
        m.set("CancelledError", AsyncioErrors.CANCELLED_ERROR);
        m.set("InvalidStateError", AsyncioErrors.INVALID_STATE_ERROR);
        m.set("TimeoutError", ExceptionTypes.TIMEOUT_ERROR);
        m.set("QueueEmpty", AsyncioErrors.QUEUE_EMPTY);
        m.set("QueueFull", AsyncioErrors.QUEUE_FULL);
        m.set("BrokenBarrierError", AsyncioErrors.BROKEN_BARRIER_ERROR);
        m.set("FIRST_COMPLETED", PyStr.of("FIRST_COMPLETED"));
        m.set("FIRST_EXCEPTION", PyStr.of("FIRST_EXCEPTION"));
        m.set("ALL_COMPLETED", PyStr.of("ALL_COMPLETED"));
        AsyncioExtras.define(m);
        unsupported(m, "programs cannot open network connections", "open_connection", "start_server",
                "open_unix_connection", "start_unix_server", "StreamReader", "StreamWriter", "StreamReaderProtocol",
                "Protocol", "BaseProtocol", "DatagramProtocol", "BufferedProtocol", "Server", "AbstractServer",
                "Transport", "BaseTransport", "ReadTransport", "WriteTransport", "DatagramTransport");
        unsupported(m, "programs cannot start processes", "create_subprocess_exec", "create_subprocess_shell",
                "SubprocessProtocol", "SubprocessTransport");
        unsupported(m, "programs have no other threads or event loop policies", "run_coroutine_threadsafe",
                "wrap_future", "get_event_loop_policy", "set_event_loop_policy", "DefaultEventLoopPolicy",
                "AbstractEventLoopPolicy");
        return m;
    }

    /**
     * Names CPython's asyncio exports but the sandbox cannot offer: calling one is a NotImplementedError that says
     * why, instead of an AttributeError that would suggest CPython lacks it.
     */
    private static void unsupported(PyModule m, String why, String... names) {
        for (String name : names) {
            m.def(name, (c, a, k) -> {
                throw PyException.notImplemented("asyncio." + name + " is not supported in the sandbox: " + why);
            });
        }
    }

    /** CPython's {@code get_event_loop()} inside our subset: the running loop, else the loop of asyncio.run. */
    static EventLoop currentLoop(RunContext ctx) {
        AsyncioContext actx = AsyncioContext.of(ctx);
        if (actx.runningLoop != null) {
            return actx.runningLoop;
        }
        if (actx.eventLoop != null) {
            return actx.eventLoop;
        }
        // CPython 3.12's policy creates a loop (with a DeprecationWarning) until set_event_loop was ever
        // called, e.g. by asyncio.run; afterwards there is simply no current loop.
        if (actx.eventLoopSetCalled) {
            throw PyException.runtimeError("There is no current event loop in thread 'MainThread'.");
        }
        ctx.warn("DeprecationWarning: There is no current event loop");
        actx.eventLoop = new EventLoop(actx);
        actx.eventLoopSetCalled = true;
        return actx.eventLoop;
    }

    /** {@code ensure_future}: futures as they are, coroutines (and other awaitables) wrapped in a new Task. */
    static PyFuture ensureFuture(RunContext ctx, PyObject o, EventLoop loop) {
        if (o instanceof PyFuture f) {
            if (loop != null && f.loop != loop) {
                throw PyException.valueError("The future belongs to a different loop than the one specified as "
                        + "the loop argument");
            }
            return f;
        }
        PyObject coro = o;
        if (!Awaitables.isCoroutine(o)) {
            if (!(o instanceof io.loopwise.engine.runtime.PyAwaitable) && o.type().lookup("__await__") == null) {
                throw PyException.typeError("An asyncio.Future, a coroutine or an awaitable is required");
            }
            coro = new AwaitWrapper(ctx, o);
        }
        return new PyTask(loop != null ? loop : currentLoop(ctx), coro, null);
    }
}
