package io.loopwise.engine.vm;

import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.compiler.Opcode;
import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * A generator, coroutine or async generator object: a suspended heap {@link Frame} that {@link #send},
 * {@link #throwInto} and {@link #close} resume (CPython's genobject.c). An asyncio Task drives a coroutine
 * with these methods; {@code await}/{@code yield from} delegate to any {@link Resumable}.
 */
public final class PyGenerator extends PyIterator implements Resumable {
    /** Which kind of code object produced it. */
    public enum Kind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

    private final Kind kind;
    private final String name;
    private final String qualname;
    private final int firstLine;
    private Frame frame;
    private boolean started;
    private boolean running;
    private boolean finished;
    /** An async generator's {@code ag_running_async}: one of its asend/athrow awaitables is part-way through. */
    boolean runningAsync;
    private RunContext.Unstarted unstarted;
    /** In the run's registry of started, unfinished generators ({@link GeneratorFinalizer}). */
    boolean registered;
    PyGenerator livePrev;
    PyGenerator liveNext;
    /** Already waiting in the registry's deferred drops (a native call that may hold it is running). */
    boolean dropDeferred;

    private PyGenerator(Kind kind, Frame frame) {
        super(kind == Kind.GENERATOR ? BuiltinTypes.GENERATOR
                : kind == Kind.COROUTINE ? BuiltinTypes.COROUTINE : BuiltinTypes.ASYNC_GENERATOR);
        this.kind = kind;
        this.frame = frame;
        this.name = frame.code.name;
        this.qualname = frame.code.qualname;
        this.firstLine = frame.code.firstLine;
    }

    static PyGenerator create(RunContext ctx, Frame f) {
        Kind k = f.code.is(CodeObject.COROUTINE) ? Kind.COROUTINE
                : f.code.is(CodeObject.ASYNC_GENERATOR) ? Kind.ASYNC_GENERATOR : Kind.GENERATOR;
        PyGenerator g = new PyGenerator(k, f);
        if (k == Kind.COROUTINE) {
            g.unstarted = ctx.unstarted(g.qualname);
        }
        return g;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isCoroutine() {
        return kind == Kind.COROUTINE;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isFinished() {
        return finished;
    }

    /** The line where it is suspended (its def line before it starts, as cr_frame.f_lineno); 0 once finished. */
    public int currentLine() {
        return frame == null ? 0 : frame.currentLine();
    }

    /** The line of its def (co_firstlineno). */
    public int firstLine() {
        return firstLine;
    }

    public boolean isRunning() {
        return running;
    }

    private String noun() {
        return kind == Kind.GENERATOR ? "generator" : kind == Kind.COROUTINE ? "coroutine" : "async generator";
    }

    @Override
    public Step send(RunContext ctx, PyObject value) {
        if (running) {
            return Step.raised(PyException.valueError(noun() + " already executing").value());
        }
        if (finished) {
            if (kind == Kind.COROUTINE) {
                return Step.raised(PyException.runtimeError("cannot reuse already awaited coroutine").value());
            }
            if (kind == Kind.ASYNC_GENERATOR) {
                return Step.raised(ExceptionTypes.newException(ExceptionTypes.STOP_ASYNC_ITERATION, PyTuple.EMPTY));
            }
            return Step.raised(PyException.stopIteration(null).value());
        }
        if (!started) {
            if (value != PyNone.NONE) {
                return Step.raised(PyException.typeError("can't send non-None value to a just-started "
                        + noun()).value());
            }
            start(ctx);
        } else {
            frame.stack[frame.sp++] = value;
        }
        return resume(ctx, null);
    }

    private void start(RunContext ctx) {
        started = true;
        if (unstarted != null) {
            ctx.started(unstarted);
            unstarted = null;
        }
        if (kind == Kind.ASYNC_GENERATOR) {
            GeneratorFinalizer.register(ctx, this); // dropping one schedules aclose(): always observable
        }
    }

    /**
     * A generator needs finalising only once it suspends where closing it runs code (inside a try/with block, or
     * delegating with {@code yield from}); until then it is not registered, so a program whose generators never
     * do (a generator expression fed to {@code sum}) pays nothing at drop points. What an unregistered generator
     * holds is still found through it when it is dropped.
     */
    private void suspended(RunContext ctx) {
        if (!registered && kind == Kind.GENERATOR) {
            int at = frame.pc > 0 ? frame.pc - 1 : 0;
            if (frame.code.handlerOf.length != 0 && frame.code.handlerOf[at] >= 0 || delegating()) {
                GeneratorFinalizer.register(ctx, this);
            }
        }
    }

    /**
     * A coroutine the program drives itself ({@code coro.send}, {@code coro.throw}) is closed when dropped, like a
     * generator; one that a Task or an {@code await} drives is owned by that driver and is not tracked.
     */
    void drivenByProgram(RunContext ctx) {
        if (started && !finished) {
            GeneratorFinalizer.register(ctx, this);
        }
    }

    /**
     * Whether closing it now would run no Python code and release nothing that needs finalising: a generator
     * or coroutine suspended outside every try/with block, not delegating, holding only plain values. Such a
     * generator's finalisation cannot be observed, so dropping it needs no reachability check.
     */
    boolean closesSilently() {
        Frame f = frame;
        if (kind == Kind.ASYNC_GENERATOR || f == null || delegating()) {
            return false;
        }
        int at = f.pc > 0 ? f.pc - 1 : 0;
        if (f.code.handlerOf.length != 0 && f.code.handlerOf[at] >= 0) {
            return false;
        }
        return plain(f.fast) && plain(f.stack) && (f.cells == null || plain(f.cells));
    }

    private static boolean plain(PyObject[] values) {
        for (PyObject v : values) {
            if (v != null && !HeapGraph.isLeaf(v)) {
                return false;
            }
        }
        return true;
    }

    /** The suspended frame, for {@link HeapGraph} (null once finished). */
    Frame frameForGc() {
        return frame;
    }

    private Step resume(RunContext ctx, PyBaseException throwIn) {
        running = true;
        Frame f = frame;
        try {
            PyObject r = Interpreter.execute(ctx, f, throwIn);
            if (f.yielded) {
                f.yielded = false;
                suspended(ctx);
                return Step.yielded(r);
            }
            finish(ctx);
            return Step.returned(r);
        } catch (PyException e) {
            finish(ctx);
            return Step.raised(convertStop(e.value()));
        } finally {
            running = false;
        }
    }

    private void finish(RunContext ctx) {
        finished = true;
        frame = null;
        if (registered) {
            GeneratorFinalizer.unregister(ctx, this);
        }
    }

    /** PEP 479: StopIteration (StopAsyncIteration) escaping the frame becomes RuntimeError. */
    private PyBaseException convertStop(PyBaseException e) {
        boolean stop = e.isInstance(ExceptionTypes.STOP_ITERATION)
                || (kind == Kind.ASYNC_GENERATOR && e.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION));
        if (!stop) {
            return e;
        }
        PyBaseException r = ExceptionTypes.newException(ExceptionTypes.RUNTIME_ERROR,
                PyTuple.of(PyStr.of(noun() + " raised " + e.type().name())));
        r.setCauseOnly(e);
        r.setContext(e);
        r.setTraceback(e.traceback());
        return r;
    }

    /** True while suspended inside an await / yield from (a delegate sits on top of the frame's stack). */
    private boolean delegating() {
        return frame != null && frame.pc < frame.code.code.length
                && Opcode.op(frame.code.code[frame.pc]) == Opcode.AWAIT_SEND && frame.sp > 0;
    }

    @Override
    public Step throwInto(RunContext ctx, PyBaseException exc) {
        if (running) {
            return Step.raised(PyException.valueError(noun() + " already executing").value());
        }
        if (finished) {
            return Step.raised(exc);
        }
        if (!started) {
            start(ctx);
            return resume(ctx, exc);
        }
        if (delegating()) {
            Frame f = frame;
            PyObject delegate = f.stack[f.sp - 1];
            Resumable r = Awaiting.resumable(delegate);
            if (exc.isInstance(ExceptionTypes.GENERATOR_EXIT)) {
                try {
                    r.close(ctx);
                } catch (PyException e) {
                    exc = e.value();
                }
                f.sp--;
                f.pc++;
                return resume(ctx, exc);
            }
            running = true;
            Step s;
            try {
                s = r.throwInto(ctx, exc);
            } finally {
                running = false;
            }
            if (s.isYield()) {
                f.yieldedValue = false;
                return s;
            }
            f.sp--;
            f.pc++;
            if (s.isReturn()) {
                f.stack[f.sp++] = s.value();
                return resume(ctx, null);
            }
            return resume(ctx, s.exception());
        }
        return resume(ctx, exc);
    }

    @Override
    public void close(RunContext ctx) {
        if (finished) {
            return;
        }
        if (!started) {
            if (unstarted != null) {
                ctx.started(unstarted);
                unstarted = null;
            }
            finish(ctx);
            return;
        }
        PyBaseException exit = ExceptionTypes.newException(ExceptionTypes.GENERATOR_EXIT, PyTuple.EMPTY);
        Step s = throwInto(ctx, exit);
        if (s.isYield()) {
            throw PyException.runtimeError(noun() + " ignored GeneratorExit");
        }
        if (s.isRaise()) {
            PyBaseException e = s.exception();
            if (e == exit || e.isInstance(ExceptionTypes.GENERATOR_EXIT)
                    || e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return;
            }
            throw new PyException(e);
        }
    }

    /** For async generators: whether the last suspension was a {@code yield value}. */
    boolean lastYieldWasValue() {
        return frame != null && frame.yieldedValue;
    }

    @Override
    public PyObject next(RunContext ctx) {
        if (kind != Kind.GENERATOR) {
            throw PyException.typeError("'" + type().name() + "' object is not an iterator");
        }
        if (finished) {
            return null;
        }
        Step s = send(ctx, PyNone.NONE);
        if (s.isYield()) {
            return s.value();
        }
        if (s.isReturn()) {
            return null;
        }
        PyException e = new PyException(s.exception());
        e.contextSet = true;
        throw e;
    }

    @Override
    public PyObject nextOrStop(RunContext ctx) {
        if (kind != Kind.GENERATOR) {
            throw PyException.typeError("'" + type().name() + "' object is not an iterator");
        }
        Step s = send(ctx, PyNone.NONE);
        if (s.isYield()) {
            return s.value();
        }
        if (s.isReturn()) {
            throw PyException.stopIteration(s.value());
        }
        PyException e = new PyException(s.exception());
        e.contextSet = true;
        throw e;
    }

    @Override
    public String toString() {
        return "<" + noun().replace("async generator", "async_generator") + " object " + qualname + " at 0x"
                + Long.toHexString(io.loopwise.engine.runtime.builtins.Identity.id(RunContext.current(), this)) + ">";
    }
}
