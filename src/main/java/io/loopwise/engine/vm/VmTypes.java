package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.FrameInfo;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyNativeFunction;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PySuper;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/** Python-visible methods of generators, coroutines and async generators, and the {@code super} constructor. */
public final class VmTypes {
    private VmTypes() {
    }

    /** Called once by the runtime's bootstrap, before builtin types freeze. */
    public static void install() {
        PyType gen = BuiltinTypes.GENERATOR;
        gen.def("__iter__", (ctx, a, kw) -> a[0]);
        defHoldingOnlyArguments(gen, "__next__", (ctx, a, kw) -> ((PyGenerator) a[0]).nextOrStop(ctx));
        for (PyType t : new PyType[] {BuiltinTypes.GENERATOR, BuiltinTypes.COROUTINE}) {
            defHoldingOnlyArguments(t, "send", (ctx, a, kw) -> {
                ArgParser.checkPositional("send", a, kw, 2, 2);
                PyGenerator g = (PyGenerator) a[0];
                Step s = g.send(ctx, a[1]);
                g.drivenByProgram(ctx);
                return unwrap(s);
            });
            defHoldingOnlyArguments(t, "throw", (ctx, a, kw) -> {
                ArgParser.checkPositional("throw", a, kw, 2, 4);
                PyGenerator g = (PyGenerator) a[0];
                Step s = g.throwInto(ctx, Raising.normalize(ctx, a[1]));
                g.drivenByProgram(ctx);
                return unwrap(s);
            });
            defHoldingOnlyArguments(t, "close", (ctx, a, kw) -> {
                ((PyGenerator) a[0]).close(ctx);
                return PyNone.NONE;
            });
            t.defGetter("__name__", (ctx, s) -> PyStr.of(((PyGenerator) s).name()));
            t.defGetter("__qualname__", (ctx, s) -> PyStr.of(((PyGenerator) s).qualname()));
        }
        BuiltinTypes.COROUTINE.def("__await__", (ctx, a, kw) -> new CoroutineWrapper((PyGenerator) a[0]));
        BuiltinTypes.COROUTINE.defGetter("cr_running", (ctx, s) ->
                io.loopwise.engine.runtime.PyBool.of(((PyGenerator) s).isRunning()));
        PyType agen = BuiltinTypes.ASYNC_GENERATOR;
        agen.def("__aiter__", (ctx, a, kw) -> a[0]);
        agen.def("__anext__", (ctx, a, kw) ->
                new AsyncGenAwaitable((PyGenerator) a[0], AsyncGenAwaitable.Mode.NEXT, null));
        agen.def("asend", (ctx, a, kw) ->
                new AsyncGenAwaitable((PyGenerator) a[0], AsyncGenAwaitable.Mode.SEND, a[1]));
        agen.def("athrow", (ctx, a, kw) -> new AsyncGenAwaitable((PyGenerator) a[0], AsyncGenAwaitable.Mode.THROW,
                Raising.normalize(ctx, a[1])));
        agen.def("aclose", (ctx, a, kw) ->
                new AsyncGenAwaitable((PyGenerator) a[0], AsyncGenAwaitable.Mode.CLOSE, null));
        agen.defGetter("__name__", (ctx, s) -> PyStr.of(((PyGenerator) s).name()));
        agen.defGetter("__qualname__", (ctx, s) -> PyStr.of(((PyGenerator) s).qualname()));
        BuiltinTypes.SUPER.constructor(VmTypes::newSuper);
    }

    /** A method that only drives its generator (see {@link PyNativeFunction#markHoldsOnlyArguments}). */
    private static void defHoldingOnlyArguments(PyType t, String name, io.loopwise.engine.runtime.NativeBody body) {
        t.setAttribute(name, new PyNativeFunction(name, t, body, true).markHoldsOnlyArguments());
    }

    private static PyObject unwrap(Step s) {
        if (s.isYield()) {
            return s.value();
        }
        if (s.isReturn()) {
            throw PyException.stopIteration(s.value());
        }
        throw new PyException(s.exception());
    }

    private static PyObject newSuper(RunContext ctx, PyObject[] a, String[] kw) {
        ArgParser.noKeywords("super", kw);
        if (a.length == 3) {
            if (!(a[1] instanceof PyType)) {
                throw PyException.typeError("super() argument 1 must be a type, not " + a[1].type().name());
            }
            return new PySuper((PyType) a[1], a[2]);
        }
        if (a.length != 1) {
            throw PyException.typeError("super() takes at most 2 arguments");
        }
        FrameInfo fi = ctx.topFrame;
        if (!(fi instanceof Frame)) {
            throw PyException.runtimeError("super(): no arguments");
        }
        Frame f = (Frame) fi;
        int classCell = -1;
        for (int i = 0; i < f.code.freevars.length; i++) {
            if (f.code.freevars[i].equals("__class__")) {
                classCell = f.code.cellvars.length + i;
            }
        }
        if (classCell < 0) {
            throw PyException.runtimeError("super(): __class__ cell not found");
        }
        if (f.code.argCount == 0 && (f.code.flags & io.loopwise.engine.compiler.CodeObject.VARARGS) == 0) {
            throw PyException.runtimeError("super(): no arguments");
        }
        PyObject self = f.fast.length > 0 ? f.fast[0] : null;
        for (int i = 0; i < f.code.cellvars.length; i++) {
            if (f.code.cellFromArg[i] == 0) {
                self = f.cells[i].value;
            }
        }
        if (self == null) {
            throw PyException.runtimeError("super(): arg[0] deleted");
        }
        PyObject cls = f.cells[classCell].value;
        if (!(cls instanceof PyType)) {
            throw PyException.runtimeError("super(): empty __class__ cell");
        }
        return new PySuper((PyType) cls, self);
    }

    /** What {@code coroutine.__await__()} returns: an iterator driving the coroutine. */
    static final class CoroutineWrapper extends PyIterator implements Resumable {
        private final PyGenerator coro;

        CoroutineWrapper(PyGenerator coro) {
            super(BuiltinTypes.GENERATOR);
            this.coro = coro;
        }

        @Override
        public PyObject next(RunContext ctx) {
            Step s = coro.send(ctx, PyNone.NONE);
            if (s.isYield()) {
                return s.value();
            }
            if (s.isReturn()) {
                if (s.value() != PyNone.NONE) {
                    throw PyException.stopIteration(s.value());
                }
                return null;
            }
            throw new PyException(s.exception());
        }

        @Override
        public Step send(RunContext ctx, PyObject value) {
            return coro.send(ctx, value);
        }

        @Override
        public Step throwInto(RunContext ctx, PyBaseException exc) {
            return coro.throwInto(ctx, exc);
        }

        @Override
        public void close(RunContext ctx) {
            coro.close(ctx);
        }
    }

    static PyObject call(RunContext ctx, PyObject f, PyObject... args) {
        return Calls.call(ctx, f, args, null);
    }

    static boolean isGeneratorExit(PyBaseException e) {
        return e.isInstance(ExceptionTypes.GENERATOR_EXIT);
    }
}
