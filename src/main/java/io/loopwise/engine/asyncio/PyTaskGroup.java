package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code asyncio.TaskGroup}, mirroring CPython 3.12's {@code taskgroups.TaskGroup}: the first child failure aborts
 * the group (cancels the other children and the parent task once), {@code __aexit__} waits for every child, and
 * the collected errors are raised as an {@code ExceptionGroup('unhandled errors in a TaskGroup', ...)}. Children
 * are cancelled in creation order (CPython iterates a set, whose order follows object addresses).
 */
final class PyTaskGroup extends Subclassable {
    private static final ArgParser CREATE_TASK = ArgParser.python("TaskGroup.create_task", "self", "coro", "*",
            "name=", "context=");

    private static final ArgParser INIT = ArgParser.python("TaskGroup.__init__", "self");

    static final PyType TYPE = PyType.builtin("TaskGroup", "asyncio.taskgroups")
            .constructor((ctx, a, k) -> {
                if (!userInit((PyType) a[0])) {
                    INIT.parse(a, k);
                }
                return new PyTaskGroup().of((PyType) a[0]);
            })
            .def("__init__", (ctx, a, k) -> {
                INIT.parse(a, k);
                return PyNone.NONE;
            })
            .def("__aenter__", (ctx, a, k) -> new Immediate(ctx, "TaskGroup.__aenter__", c -> self(a).enter(c)))
            .def("__aexit__", (ctx, a, k) -> {
                ArgParser.checkPositional("__aexit__", a, k, 4, 4);
                return self(a).new Exit(ctx, a[1], a[2]);
            })
            .def("create_task", (ctx, a, k) -> {
                PyObject[] p = CREATE_TASK.parse(a, k);
                return self(a).createTask(ctx, p[1], p[2]);
            })
            .def("__repr__", (ctx, a, k) -> PyStr.of(self(a).repr()));

    private boolean entered;
    private boolean exiting;
    private boolean aborting;
    private EventLoop loop;
    private PyTask parentTask;
    private boolean parentCancelRequested;
    private final LinkedHashSet<PyTask> tasks = new LinkedHashSet<>();
    private List<PyBaseException> errors = new ArrayList<>();
    private PyBaseException baseError;
    private PyFuture onCompletedFut;
    private final PyFuture.DoneCallback onTaskDone = new PyFuture.DoneCallback() {
        @Override
        public void onDone(RunContext ctx, PyFuture f) {
            taskDone((PyTask) f);
        }

        /** A bound method in CPython, so a child's repr lists it without a source location. */
        @Override
        public String describe(RunContext ctx) {
            return "TaskGroup._on_task_done()";
        }
    };

    @Override
    protected PyType nativeType() {
        return TYPE;
    }

    private static PyTaskGroup self(PyObject[] a) {
        return (PyTaskGroup) a[0];
    }

    private PyObject enter(RunContext ctx) {
        if (entered) {
            throw PyException.runtimeError("TaskGroup " + repr() + " has already been entered");
        }
        AsyncioContext actx = AsyncioContext.of(ctx);
        if (loop == null) {
            loop = actx.runningLoop();
        }
        parentTask = actx.currentTask;
        if (parentTask == null) {
            throw PyException.runtimeError("TaskGroup " + repr() + " cannot determine the parent task");
        }
        entered = true;
        return this;
    }

    private PyObject createTask(RunContext ctx, PyObject coro, PyObject name) {
        if (!entered) {
            throw PyException.runtimeError("TaskGroup " + repr() + " has not been entered");
        }
        if (exiting && tasks.isEmpty()) {
            throw PyException.runtimeError("TaskGroup " + repr() + " is finished");
        }
        if (aborting) {
            throw PyException.runtimeError("TaskGroup " + repr() + " is shutting down");
        }
        PyTask task = new PyTask(loop, coro, null);
        if (name != null && name != PyNone.NONE) {
            task.setName(Protocols.str(ctx, name));
        }
        if (task.done()) {
            taskDone(task);
        } else {
            tasks.add(task);
            task.addDoneCallback(onTaskDone);
        }
        return task;
    }

    private static boolean isBaseError(PyBaseException e) {
        return e.isInstance(ExceptionTypes.SYSTEM_EXIT) || e.isInstance(ExceptionTypes.KEYBOARD_INTERRUPT);
    }

    private void abort() {
        aborting = true;
        for (PyTask t : new ArrayList<>(tasks)) {
            if (!t.done()) {
                t.cancel(PyNone.NONE);
            }
        }
    }

    private void taskDone(PyTask task) {
        tasks.remove(task);
        if (onCompletedFut != null && tasks.isEmpty() && !onCompletedFut.done()) {
            onCompletedFut.setResult(PyBool.TRUE);
        }
        if (task.cancelled()) {
            return;
        }
        PyObject exc = task.exception();
        if (!(exc instanceof PyBaseException e)) {
            return;
        }
        errors.add(e);
        if (isBaseError(e) && baseError == null) {
            baseError = e;
        }
        if (parentTask.done()) {
            loop.callExceptionHandler("Task has errored out but its parent task is already completed", e);
            return;
        }
        if (!aborting && !parentCancelRequested) {
            abort();
            parentCancelRequested = true;
            parentTask.cancel(PyNone.NONE);
        }
    }

    private String repr() {
        StringBuilder info = new StringBuilder();
        if (!tasks.isEmpty()) {
            info.append(" tasks=").append(tasks.size());
        }
        if (errors != null && !errors.isEmpty()) {
            info.append(" errors=").append(errors.size());
        }
        if (aborting) {
            info.append(" cancelling");
        } else if (entered) {
            info.append(" entered");
        }
        return "<TaskGroup" + info + ">";
    }

    /** {@code __aexit__(et, exc, tb)}: waits for the children, then raises what CPython raises. */
    private final class Exit extends NativeCoroutine {
        private final PyObject et;
        private final PyObject exc;
        private PyBaseException propagate;
        private boolean started;

        Exit(RunContext ctx, PyObject et, PyObject exc) {
            super(ctx, "TaskGroup.__aexit__");
            this.et = et;
            this.exc = exc;
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (!started) {
                started = true;
                exiting = true;
                if (exc instanceof PyBaseException e && isBaseError(e) && baseError == null) {
                    baseError = e;
                }
                propagate = et == AsyncioErrors.CANCELLED_ERROR ? (PyBaseException) exc : null;
                if (parentCancelRequested && parentTask.uncancel() == 0) {
                    propagate = null;
                }
                if (et != PyNone.NONE && !aborting) {
                    abort();
                }
            } else {
                if (thrown != null) {
                    if (!AsyncioErrors.isCancelled(thrown)) {
                        return Step.raised(thrown);
                    }
                    if (!aborting) {
                        propagate = thrown;
                        abort();
                    }
                }
                onCompletedFut = null;
            }
            if (!tasks.isEmpty()) {
                if (onCompletedFut == null) {
                    onCompletedFut = new PyFuture(loop);
                    onCompletedFut.label = "task group";
                }
                Step s = block(onCompletedFut);
                if (s != null) {
                    return s;
                }
                onCompletedFut = null;
                return resume(ctx, null);
            }
            if (baseError != null) {
                return Step.raised(baseError);
            }
            if (propagate != null && errors.isEmpty()) {
                return Step.raised(propagate);
            }
            if (et != PyNone.NONE && et != AsyncioErrors.CANCELLED_ERROR && exc instanceof PyBaseException e) {
                errors.add(e);
            }
            if (!errors.isEmpty()) {
                PyBaseException group = ExceptionTypes.newException(ExceptionTypes.BASE_EXCEPTION_GROUP,
                        PyTuple.of(PyStr.of("unhandled errors in a TaskGroup"), PyList.copyOf(new ArrayList<>(errors))));
                group.setCause(null);
                if (exc instanceof PyBaseException e) {
                    group.setContext(e);
                }
                errors = null;
                return Step.raised(group);
            }
            return Step.RETURN_NONE;
        }
    }
}
