package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code asyncio.gather}, mirroring CPython's {@code tasks.gather} and {@code _GatheringFuture}: children are
 * wrapped with {@code ensure_future} in argument order (duplicates share one child), results come back in argument
 * order, the first exception (or child cancellation) completes the outer future unless {@code return_exceptions},
 * and cancelling the outer future cancels the children instead of itself.
 */
final class GatheringFuture extends PyFuture {
    static final io.loopwise.engine.runtime.PyType TYPE =
            io.loopwise.engine.runtime.PyType.builtin("_GatheringFuture", "asyncio.tasks", FutureMethods.FUTURE_TYPE)
                    .notSubclassable();

    private final List<PyFuture> children;
    private final boolean returnExceptions;
    private boolean cancelRequested;
    private int finished;

    private GatheringFuture(EventLoop loop, List<PyFuture> children, boolean returnExceptions) {
        super(loop);
        this.children = children;
        this.returnExceptions = returnExceptions;
        this.label = "gather";
    }

    @Override
    public io.loopwise.engine.runtime.PyType type() {
        return TYPE;
    }

    /** {@code gather(*aws, return_exceptions=...)}. */
    static PyFuture gather(RunContext ctx, PyObject[] aws, boolean returnExceptions) {
        if (aws.length == 0) {
            PyFuture outer = new PyFuture(AsyncioModule.currentLoop(ctx));
            outer.setResult(new PyList(new ArrayList<>()));
            return outer;
        }
        IdentityHashMap<PyObject, PyFuture> argToFut = new IdentityHashMap<>();
        List<PyFuture> children = new ArrayList<>(aws.length);
        List<PyFuture> doneFuts = new ArrayList<>();
        EventLoop loop = null;
        GatheringFuture[] outerRef = new GatheringFuture[1];
        PyFuture.DoneCallback cb = PyFuture.DoneCallback.library("gather.<locals>._done_callback",
                "tasks.py", 767, (c, fut) -> {
            if (outerRef[0] == null) {
                // A later argument was rejected before the outer future existed (CPython's bpo-46672 guard):
                // the children already wrapped keep running and their exceptions count as retrieved.
                if (!fut.cancelled()) {
                    fut.exception();
                }
                return;
            }
            outerRef[0].childDone(c, fut);
        });
        int nfuts = 0;
        for (PyObject arg : aws) {
            // CPython keys its arguments in a dict ('if arg not in arg_to_fut'), so an unhashable one is a TypeError
            io.loopwise.engine.runtime.Hashing.hash(ctx, arg);
            PyFuture fut = argToFut.get(arg);
            if (fut == null) {
                fut = AsyncioModule.ensureFuture(ctx, arg, loop);
                if (loop == null) {
                    loop = fut.loop;
                }
                nfuts++;
                argToFut.put(arg, fut);
                if (fut.done()) {
                    doneFuts.add(fut);
                } else {
                    fut.addDoneCallback(cb);
                }
            }
            children.add(fut);
        }
        GatheringFuture outer = new GatheringFuture(loop, children, returnExceptions);
        outer.nfuts = nfuts;
        outerRef[0] = outer;
        for (PyFuture f : doneFuts) {
            outer.childDone(ctx, f);
        }
        return outer;
    }

    private int nfuts;

    private void childDone(RunContext ctx, PyFuture fut) {
        finished++;
        if (done()) {
            if (!fut.cancelled()) {
                fut.exception();
            }
            return;
        }
        if (!returnExceptions) {
            if (fut.cancelled()) {
                setException(fut.makeCancelledError());
                return;
            }
            PyObject exc = fut.exception();
            if (exc instanceof PyBaseException e) {
                setException(e);
                return;
            }
        }
        if (finished == nfuts) {
            ArrayList<PyObject> results = new ArrayList<>(children.size());
            for (PyFuture f : children) {
                if (f.cancelled()) {
                    PyObject msg = f.cancelMessage == null || f.cancelMessage == io.loopwise.engine.runtime.PyNone.NONE
                            ? PyStr.EMPTY : f.cancelMessage;
                    results.add(AsyncioErrors.cancelled(msg));
                } else {
                    PyObject r = f.exception();
                    results.add(r instanceof PyBaseException ? r : f.resultValue());
                }
            }
            if (cancelRequested) {
                // CPython's results loop rebinds 'fut', so the error comes from the last child in argument order
                // (its own cancel message, if any), not from the child that finished last.
                setException(children.get(children.size() - 1).makeCancelledError());
            } else {
                setResult(new PyList(results));
            }
        }
    }

    @Override
    public boolean cancel(PyObject msg) {
        if (done()) {
            return false;
        }
        boolean ret = false;
        for (PyFuture child : children) {
            if (child.cancel(msg)) {
                ret = true;
            }
        }
        if (ret) {
            cancelRequested = true;
        }
        return ret;
    }
}
