package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * {@code asyncio.Queue}, {@code LifoQueue} and {@code PriorityQueue}, mirroring CPython 3.12's {@code queues.py}:
 * {@code get}/{@code put} do not yield when an item / a slot is available; blocked getters and putters wait on
 * futures in FIFO order and each successful put (get) wakes exactly the first waiting getter (putter);
 * {@code join} waits until {@code task_done} has been called once per item put.
 */
final class PyQueue extends Subclassable {
    private static final ArgParser ARGS = ArgParser.python("Queue.__init__", "self", "maxsize=");
    private static final ArgParser PUT = ArgParser.python("Queue.put", "self", "item");
    private static final ArgParser PUT_NOWAIT = ArgParser.python("Queue.put_nowait", "self", "item");
    private static final int FIFO = 0;
    private static final int LIFO = 1;
    private static final int PRIORITY = 2;

    static final PyType QUEUE = methods(PyType.builtin("Queue", "asyncio.queues"))
            .constructor((ctx, a, k) -> create(ctx, a, k, FIFO));
    static final PyType LIFO_QUEUE = methods(PyType.builtin("LifoQueue", "asyncio.queues", QUEUE))
            .constructor((ctx, a, k) -> create(ctx, a, k, LIFO));
    static final PyType PRIORITY_QUEUE = methods(PyType.builtin("PriorityQueue", "asyncio.queues", QUEUE))
            .constructor((ctx, a, k) -> create(ctx, a, k, PRIORITY));

    private final int kind;
    private PyObject maxsizeObj;
    private long maxsize;
    private final ArrayList<PyObject> items = new ArrayList<>();
    private int head;
    private final ArrayDeque<PyFuture> getters = new ArrayDeque<>();
    private final ArrayDeque<PyFuture> putters = new ArrayDeque<>();
    private long unfinished;
    private final PyEvent finished = new PyEvent();
    private final LoopBound bound = new LoopBound();

    private PyQueue(int kind, PyObject maxsizeObj) {
        this.kind = kind;
        this.maxsizeObj = maxsizeObj;
        this.maxsize = maxsizeValue(maxsizeObj);
        finished.set();
    }

    private static PyObject create(RunContext ctx, PyObject[] a, String[] k, int kind) {
        PyType cls = (PyType) a[0];
        if (userInit(cls)) {
            return new PyQueue(kind, PyInt.ZERO).of(cls);
        }
        PyObject[] p = ARGS.parse(a, k);
        return new PyQueue(kind, p[1] == null ? PyInt.ZERO : p[1]).of(cls);
    }

    private static PyType methods(PyType t) {
        return t
                .def("__init__", (ctx, a, k) -> {
                    PyObject m = ARGS.parse(a, k)[1];
                    self(a).maxsizeObj = m == null ? PyInt.ZERO : m;
                    self(a).maxsize = maxsizeValue(self(a).maxsizeObj);
                    return PyNone.NONE;
                })
                .def("qsize", ArgParser.python("Queue.qsize", "self")
                        .checking((ctx, a, k) -> PyInt.valueOf(self(a).size())))
                .defGetter("maxsize", (ctx, self) -> ((PyQueue) self).maxsizeObj)
                .def("empty", ArgParser.python("Queue.empty", "self")
                        .checking((ctx, a, k) -> PyBool.of(self(a).size() == 0)))
                .def("full", ArgParser.python("Queue.full", "self")
                        .checking((ctx, a, k) -> PyBool.of(self(a).full(ctx))))
                .def("put_nowait", (ctx, a, k) -> {
                    PUT_NOWAIT.parse(a, k);
                    self(a).putNowait(ctx, a[1]);
                    return PyNone.NONE;
                })
                .def("get_nowait", ArgParser.python("Queue.get_nowait", "self")
                        .checking((ctx, a, k) -> self(a).getNowait(ctx)))
                .def("put", (ctx, a, k) -> {
                    PUT.parse(a, k);
                    return self(a).new Put(ctx, a[1]);
                })
                .def("get", ArgParser.python("Queue.get", "self").checking((ctx, a, k) -> self(a).new Get(ctx)))
                .def("task_done", ArgParser.python("Queue.task_done", "self").checking((ctx, a, k) -> {
                    self(a).taskDone();
                    return PyNone.NONE;
                }))
                .def("join", ArgParser.python("Queue.join", "self").checking((ctx, a, k) -> self(a).join(ctx)))
                .def("__repr__", (ctx, a, k) -> PyStr.of("<" + self(a).type().name() + " " + self(a).format(ctx) + ">"))
                .def("__str__", (ctx, a, k) -> PyStr.of("<" + self(a).type().name() + " " + self(a).format(ctx) + ">"));
    }

    @Override
    protected PyType nativeType() {
        return kind == FIFO ? QUEUE : kind == LIFO ? LIFO_QUEUE : PRIORITY_QUEUE;
    }

    private static PyQueue self(PyObject[] a) {
        return (PyQueue) a[0];
    }

    int size() {
        return items.size() - head;
    }

    /** An int maxsize as a long; CPython keeps whatever was passed and only compares it in {@code full()}. */
    private static long maxsizeValue(PyObject maxsizeObj) {
        return maxsizeObj instanceof PyInt ? Protocols.index(maxsizeObj) : 0;
    }

    /** {@code self._maxsize > 0 and self.qsize() >= self._maxsize}, with Python's comparisons for a non-int. */
    boolean full(RunContext ctx) {
        if (maxsizeObj instanceof PyInt) {
            return maxsize > 0 && size() >= maxsize;
        }
        return !LoopMethods.lessOrEqual(ctx, maxsizeObj, PyInt.ZERO) && Protocols.isTrue(ctx,
                io.loopwise.engine.runtime.Operators.compare(ctx, io.loopwise.engine.runtime.Operators.GE,
                        PyInt.valueOf(size()), maxsizeObj));
    }

    void putNowait(RunContext ctx, PyObject item) {
        if (full(ctx)) {
            throw new PyException(AsyncioErrors.newError(AsyncioErrors.QUEUE_FULL, null));
        }
        ctx.allocateSlots(1);
        if (kind == PRIORITY) {
            Heap.push(ctx, items, item);
        } else {
            items.add(item);
        }
        unfinished++;
        finished.clear();
        wakeupNext(getters);
    }

    PyObject getNowait(RunContext ctx) {
        if (size() == 0) {
            throw new PyException(AsyncioErrors.newError(AsyncioErrors.QUEUE_EMPTY, null));
        }
        PyObject item;
        if (kind == PRIORITY) {
            item = Heap.pop(ctx, items);
        } else if (kind == LIFO) {
            item = items.remove(items.size() - 1);
        } else {
            item = items.get(head);
            items.set(head++, null);
            if (head > 32 && head * 2 > items.size()) {
                items.subList(0, head).clear();
                head = 0;
            }
        }
        wakeupNext(putters);
        return item;
    }

    private static void wakeupNext(ArrayDeque<PyFuture> waiters) {
        while (!waiters.isEmpty()) {
            PyFuture w = waiters.pollFirst();
            if (!w.done()) {
                w.setResult(PyNone.NONE);
                break;
            }
        }
    }

    void taskDone() {
        if (unfinished <= 0) {
            throw PyException.valueError("task_done() called too many times");
        }
        unfinished--;
        if (unfinished == 0) {
            finished.set();
        }
    }

    private PyObject join(RunContext ctx) {
        if (unfinished > 0) {
            return finished.waitCoroutine(ctx, "queue.join");
        }
        return new Immediate(ctx, "Queue.join", c -> PyNone.NONE);
    }

    private String format(RunContext ctx) {
        StringBuilder sb = new StringBuilder("maxsize=").append(Protocols.repr(ctx, maxsizeObj));
        if (size() > 0) {
            ArrayList<PyObject> snapshot = new ArrayList<>(items.subList(head, items.size()));
            sb.append(" _queue=").append(Protocols.repr(ctx, new PyList(snapshot)));
        }
        if (!getters.isEmpty()) {
            sb.append(" _getters[").append(getters.size()).append(']');
        }
        if (!putters.isEmpty()) {
            sb.append(" _putters[").append(putters.size()).append(']');
        }
        if (unfinished > 0) {
            sb.append(" tasks=").append(unfinished);
        }
        return sb.toString();
    }

    /** {@code await queue.get()}. */
    private final class Get extends NativeCoroutine {
        private PyFuture getter;

        Get(RunContext ctx) {
            super(ctx, "Queue.get");
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (getter != null) {
                if (thrown != null) {
                    getter.cancel(PyNone.NONE);
                    getters.remove(getter);
                    if (size() > 0 && !getter.cancelled()) {
                        wakeupNext(getters);
                    }
                    return Step.raised(thrown);
                }
                getter = null;
            } else if (thrown != null) {
                return Step.raised(thrown);
            }
            if (size() == 0) {
                getter = new PyFuture(bound.loop(ctx, PyQueue.this));
                getter.label = "queue.get";
                getters.addLast(getter);
                return block(getter);
            }
            try {
                // CPython's get() ends with 'return self.get_nowait()'
                return Step.returned(overrides("get_nowait") ? callSelf(ctx, "get_nowait") : getNowait(ctx));
            } catch (PyException e) {
                return Step.raised(e.value());
            }
        }
    }

    /** {@code await queue.put(item)}. */
    private final class Put extends NativeCoroutine {
        private final PyObject item;
        private PyFuture putter;

        Put(RunContext ctx, PyObject item) {
            super(ctx, "Queue.put");
            this.item = item;
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (putter != null) {
                if (thrown != null) {
                    putter.cancel(PyNone.NONE);
                    putters.remove(putter);
                    if (!full(ctx) && !putter.cancelled()) {
                        wakeupNext(putters);
                    }
                    return Step.raised(thrown);
                }
                putter = null;
            } else if (thrown != null) {
                return Step.raised(thrown);
            }
            if (full(ctx)) {
                putter = new PyFuture(bound.loop(ctx, PyQueue.this));
                putter.label = "queue.put";
                putters.addLast(putter);
                return block(putter);
            }
            try {
                // CPython's put() ends with 'return self.put_nowait(item)'
                if (overrides("put_nowait")) {
                    return Step.returned(callSelf(ctx, "put_nowait", item));
                }
                putNowait(ctx, item);
                return Step.RETURN_NONE;
            } catch (PyException e) {
                return Step.raised(e.value());
            }
        }
    }
}
