package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;

/**
 * A generator, coroutine or async generator object: a suspended heap {@code Frame} that {@link #send},
 * {@link #throwInto} and {@link #close} resume (CPython's genobject.c). An asyncio Task drives a coroutine
 * with these methods; {@code await}/{@code yield from} delegate to any {@link Resumable}.
 */
public final class PyGenerator extends PyIterator implements Resumable {
    /** Which kind of code object produced it. */
    public enum Kind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

    private final Kind kind;
    private final String name;
    private final String qualname;

    PyGenerator(Kind kind, String name, String qualname) {
        super(kind == Kind.GENERATOR ? BuiltinTypes.GENERATOR
                : kind == Kind.COROUTINE ? BuiltinTypes.COROUTINE : BuiltinTypes.ASYNC_GENERATOR);
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
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
        throw new UnsupportedOperationException("lang: interpreter not merged yet");
    }

    public boolean isFinished() {
        throw new UnsupportedOperationException("lang: interpreter not merged yet");
    }

    @Override
    public Step send(RunContext ctx, PyObject value) {
        throw new UnsupportedOperationException("lang: interpreter not merged yet");
    }

    @Override
    public Step throwInto(RunContext ctx, PyBaseException exc) {
        throw new UnsupportedOperationException("lang: interpreter not merged yet");
    }

    @Override
    public void close(RunContext ctx) {
        throw new UnsupportedOperationException("lang: interpreter not merged yet");
    }

    @Override
    public PyObject next(RunContext ctx) {
        throw new UnsupportedOperationException("lang: interpreter not merged yet");
    }
}
