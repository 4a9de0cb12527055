package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;

/** The Python face of {@link PyTask}: the {@code asyncio.Task} type and its methods. */
final class TaskMethods {
    static final PyType TASK_TYPE = FutureMethods.define(PyType.builtin("Task", "_asyncio", FutureMethods.FUTURE_TYPE))
            .def("get_name", (ctx, a, k) -> {
                ArgParser.noArgs("Task.get_name", a, k);
                return PyStr.of(self(a).name());
            })
            .def("set_name", (ctx, a, k) -> {
                ArgParser.oneArg("Task.set_name", a, k);
                self(a).setName(Protocols.str(ctx, a[1]));
                return PyNone.NONE;
            })
            .def("get_coro", (ctx, a, k) -> {
                ArgParser.noArgs("Task.get_coro", a, k);
                return self(a).coroObject();
            })
            .def("cancelling", (ctx, a, k) -> {
                ArgParser.noArgs("Task.cancelling", a, k);
                return PyInt.valueOf(self(a).cancelling());
            })
            .def("uncancel", (ctx, a, k) -> {
                ArgParser.noArgs("Task.uncancel", a, k);
                return PyInt.valueOf(self(a).uncancel());
            })
            .def("set_result", (ctx, a, k) -> {
                ArgParser.oneArg("Task.set_result", a, k);
                throw PyException.runtimeError("Task does not support set_result operation");
            })
            .def("set_exception", (ctx, a, k) -> {
                ArgParser.oneArg("Task.set_exception", a, k);
                throw PyException.runtimeError("Task does not support set_exception operation");
            })
            .def("__repr__", (ctx, a, k) -> PyStr.of(repr(ctx, self(a))))
            .constructor((ctx, a, k) -> {
                PyObject[] p = ArgParser.clinic("Task", "coro", "*", "loop=", "name=", "context=", "eager_start=")
                        .parse(FutureMethods.tail(a), k);
                EventLoop loop = p[1] instanceof EventLoop l ? l : AsyncioModule.currentLoop(ctx);
                return new PyTask(loop, p[0], p[2] == null || p[2] == PyNone.NONE ? null : Protocols.str(ctx, p[2]));
            })
            .notSubclassable();

    private TaskMethods() {
    }

    static PyTask self(PyObject[] a) {
        return (PyTask) a[0];
    }

    /** CPython's {@code base_tasks._task_repr}: state, name, coroutine (and where it is), what it waits for. */
    static String repr(RunContext ctx, PyTask t) {
        java.util.List<String> info = FutureMethods.reprInfo(ctx, t);
        if (t.cancelling() > 0 && !t.done()) {
            info.set(0, "cancelling");
        }
        info.add(1, "name=" + PyStr.repr(t.name()));
        if (t.waiter() != null) {
            info.add(2, "wait_for=" + Protocols.repr(ctx, t.waiter()));
        }
        info.add(2, "coro=<" + Awaitables.describeCoroutine(ctx, t.coroObject()) + ">");
        return "<Task " + String.join(" ", info) + ">";
    }

    private static String qualname(RunContext ctx, PyObject coro) {
        try {
            return Protocols.str(ctx, io.loopwise.engine.runtime.Attributes.getAttr(ctx, coro, "__qualname__"));
        } catch (PyException e) {
            return "coroutine";
        }
    }
}
