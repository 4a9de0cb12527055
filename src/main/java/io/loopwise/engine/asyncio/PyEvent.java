package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.ArrayDeque;

/**
 * {@code asyncio.Event}, mirroring CPython's {@code locks.Event}: {@code set()} completes every waiter's future (the
 * waiters resume in the order they started waiting, one iteration later); waiting on a set event does not yield.
 */
final class PyEvent extends Subclassable {
    private static final ArgParser INIT = ArgParser.python("Event.__init__", "self");

    static final PyType TYPE = PyType.builtin("Event", "asyncio.locks")
            .constructor((ctx, a, k) -> {
                if (!userInit((PyType) a[0])) {
                    INIT.parse(a, k);
                }
                return new PyEvent().of((PyType) a[0]);
            })
            .def("__init__", (ctx, a, k) -> {
                INIT.parse(a, k);
                return PyNone.NONE;
            })
            .def("is_set", ArgParser.python("Event.is_set", "self").checking((ctx, a, k) -> PyBool.of(self(a).value)))
            .def("set", ArgParser.python("Event.set", "self").checking((ctx, a, k) -> {
                self(a).set();
                return PyNone.NONE;
            }))
            .def("clear", ArgParser.python("Event.clear", "self").checking((ctx, a, k) -> {
                self(a).value = false;
                return PyNone.NONE;
            }))
            .def("wait", ArgParser.python("Event.wait", "self")
                    .checking((ctx, a, k) -> self(a).waitCoroutine(ctx, "event")))
            .def("__repr__", (ctx, a, k) -> {
                PyEvent e = self(a);
                String extra = e.value ? "set" : "unset";
                if (!e.waiters.isEmpty()) {
                    extra += ", waiters:" + e.waiters.size();
                }
                return PyStr.of("<asyncio.locks.Event object [" + extra + "]>");
            });

    private final ArrayDeque<PyFuture> waiters = new ArrayDeque<>();
    boolean value;
    private final LoopBound bound = new LoopBound();

    @Override
    protected PyType nativeType() {
        return TYPE;
    }

    private static PyEvent self(PyObject[] a) {
        return (PyEvent) a[0];
    }

    void set() {
        if (!value) {
            value = true;
            for (PyFuture fut : waiters) {
                if (!fut.done()) {
                    fut.setResult(PyBool.TRUE);
                }
            }
        }
    }

    void clear() {
        value = false;
    }

    /** {@code wait()}; {@code label} names the wait on the timeline ("event", or "queue.join" for Queue.join). */
    NativeCoroutine waitCoroutine(RunContext ctx, String label) {
        return new NativeCoroutine(ctx, "Event.wait") {
            private PyFuture fut;

            @Override
            protected Step resume(RunContext c, PyBaseException thrown) {
                if (fut == null) {
                    if (value) {
                        return Step.returned(PyBool.TRUE);
                    }
                    fut = new PyFuture(bound.loop(c, PyEvent.this));
                    fut.label = label;
                    waiters.addLast(fut);
                    return block(fut);
                }
                waiters.remove(fut);
                return thrown != null ? Step.raised(thrown) : Step.returned(PyBool.TRUE);
            }

            @Override
            protected void onClose(RunContext c) {
                if (fut != null) {
                    waiters.remove(fut);
                }
            }
        };
    }
}
