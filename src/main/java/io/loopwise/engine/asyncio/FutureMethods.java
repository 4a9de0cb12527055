package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;

/** The Python face of {@link PyFuture}: the {@code asyncio.Future} type and its methods. */
final class FutureMethods {
    private static final ArgParser CANCEL = ArgParser.clinic("cancel", "msg=");
    private static final ArgParser ADD_CB = ArgParser.clinic("add_done_callback", "fn", "/", "*", "context=");
    private static final ArgParser REMOVE_CB = ArgParser.clinic("remove_done_callback", "fn", "/");
    private static final ArgParser SET_RESULT = ArgParser.clinic("set_result", "result", "/");
    private static final ArgParser SET_EXCEPTION = ArgParser.clinic("set_exception", "exception", "/");
    private static final ArgParser NO_ARGS_EXCEPTION = ArgParser.clinic("exception");
    private static final ArgParser NO_ARGS_GET_LOOP = ArgParser.clinic("get_loop");
    private static final ArgParser NEW = ArgParser.clinic("Future", "*", "loop=");

    static final PyType FUTURE_TYPE = define(PyType.builtin("Future", "_asyncio"))
            .constructor((ctx, a, k) -> {
                NEW.parse(tail(a), k);
                return new PyFuture(AsyncioModule.currentLoop(ctx));
            })
            .notSubclassable();

    private FutureMethods() {
    }

    /** Adds the Future methods to {@code t} (Task inherits them and overrides a few). */
    static PyType define(PyType t) {
        return t
                .def("result", (ctx, a, k) -> {
                    ArgParser.noArgs(t.name() + ".result", a, k);
                    return self(a).result();
                })
                .def("exception", (ctx, a, k) -> {
                    NO_ARGS_EXCEPTION.parse(tail(a), k);
                    return self(a).exception();
                })
                .def("done", (ctx, a, k) -> {
                    ArgParser.noArgs(t.name() + ".done", a, k);
                    return PyBool.of(self(a).done());
                })
                .def("cancelled", (ctx, a, k) -> {
                    ArgParser.noArgs(t.name() + ".cancelled", a, k);
                    return PyBool.of(self(a).cancelled());
                })
                .def("cancel", (ctx, a, k) -> {
                    PyObject[] p = CANCEL.parse(tail(a), k);
                    return PyBool.of(self(a).cancel(p[0] == null ? PyNone.NONE : p[0]));
                })
                .def("set_result", (ctx, a, k) -> {
                    SET_RESULT.parse(tail(a), k);
                    self(a).setResult(a[1]);
                    return PyNone.NONE;
                })
                .def("set_exception", (ctx, a, k) -> {
                    SET_EXCEPTION.parse(tail(a), k);
                    self(a).setException(toException(ctx, a[1]));
                    return PyNone.NONE;
                })
                .def("add_done_callback", (ctx, a, k) -> {
                    PyObject[] p = ADD_CB.parse(tail(a), k);
                    self(a).addDoneCallback(new PythonDoneCallback(p[0]));
                    return PyNone.NONE;
                })
                .def("remove_done_callback", (ctx, a, k) -> {
                    REMOVE_CB.parse(tail(a), k);
                    return PyInt.valueOf(self(a).removeDoneCallback(new PythonDoneCallback(a[1])));
                })
                .def("get_loop", (ctx, a, k) -> {
                    NO_ARGS_GET_LOOP.parse(tail(a), k);
                    return self(a).loop;
                })
                .def("__await__", (ctx, a, k) -> new FutureIter(self(a)))
                .def("__iter__", (ctx, a, k) -> new FutureIter(self(a)))
                .def("__repr__", (ctx, a, k) -> PyStr.of(repr(ctx, self(a))));
    }

    static PyFuture self(PyObject[] a) {
        return (PyFuture) a[0];
    }

    static PyObject[] tail(PyObject[] a) {
        PyObject[] t = new PyObject[a.length - 1];
        System.arraycopy(a, 1, t, 0, t.length);
        return t;
    }

    /** {@code set_exception(exc)} accepts an exception class (instantiated) or instance. */
    static PyBaseException toException(RunContext ctx, PyObject o) {
        if (o instanceof PyType t) {
            o = t.call(ctx, new PyObject[0], null);
        }
        if (!(o instanceof PyBaseException e)) {
            throw PyException.typeError("exception must derive from BaseException");
        }
        return e;
    }

    static String repr(RunContext ctx, PyFuture f) {
        return "<" + f.type().name() + " " + String.join(" ", reprInfo(ctx, f)) + ">";
    }

    /** CPython's {@code base_futures._future_repr_info}: state, result or exception, callbacks. */
    static java.util.List<String> reprInfo(RunContext ctx, PyFuture f) {
        java.util.List<String> info = new java.util.ArrayList<>();
        info.add(f.state == PyFuture.PENDING ? "pending" : f.state == PyFuture.CANCELLED ? "cancelled" : "finished");
        if (f.state == PyFuture.FINISHED) {
            PyBaseException e = f.exceptionValue();
            info.add(e != null ? "exception=" + PyTask.repr(ctx, e) : "result=" + ReprLib.repr(ctx, f.resultValue()));
        }
        java.util.List<PyFuture.DoneCallback> cbs = f.callbacks();
        if (!cbs.isEmpty()) {
            String first = cbs.get(0).describe(ctx);
            String cb = cbs.size() == 1 ? first
                    : cbs.size() == 2 ? first + ", " + cbs.get(1).describe(ctx)
                    : first + ", <" + (cbs.size() - 2) + " more>, " + cbs.get(cbs.size() - 1).describe(ctx);
            info.add("cb=[" + cb + "]");
        }
        return info;
    }
}
