package io.loopwise.engine.asyncio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.function.Function;

/**
 * Drives the asyncio layer from Java, without the interpreter: a run context, the {@code asyncio} module, and a
 * "main coroutine" whose body is Java. Each test mirrors a Python program stored next to its CPython-generated
 * expected result ({@code src/test/resources/asyncio/NAME.py} and {@code NAME.expected.json}, written by
 * {@code PYENV_VERSION=3.12.1 python3 src/test/python/vclock_runner.py src/test/resources/asyncio/NAME.py}).
 */
final class ScriptedRun {
    final RunContext ctx;
    final AsyncioContext actx;
    final PyModule asyncio;

    ScriptedRun() {
        this(RunLimits.DEFAULTS);
    }

    ScriptedRun(RunLimits limits) {
        ctx = new RunContext(limits, null, new HashMap<>(), "");
        ctx.bind();
        AsyncioContext.begin(ctx);
        actx = AsyncioContext.of(ctx);
        asyncio = ctx.importModule("asyncio");
    }

    PyObject fn(String name) {
        return asyncio.instanceDict().get(name);
    }

    PyObject call(String function, PyObject... args) {
        return io.loopwise.engine.runtime.Calls.call(ctx, fn(function), args, null);
    }

    PyObject callKw(String function, PyObject[] args, String... kwNames) {
        return io.loopwise.engine.runtime.Calls.call(ctx, fn(function), args, kwNames);
    }

    static PyObject method(RunContext c, PyObject self, String name, PyObject... args) {
        return io.loopwise.engine.runtime.Calls.callMethod(c, self, name, args);
    }

    String str(PyObject o) {
        return io.loopwise.engine.runtime.Protocols.str(ctx, o);
    }

    void print(String text) {
        ctx.writeStdout(text + "\n");
    }

    /**
     * A coroutine whose body is a sequence of Java steps: each step runs, and if it returns an awaitable the
     * coroutine awaits it before the next step (an exception from the awaitable ends the coroutine). The last
     * awaited value is the coroutine's result.
     */
    @SafeVarargs
    final NativeCoroutine coroutine(String name, Function<RunContext, PyObject>... steps) {
        return new NativeCoroutine(ctx, name) {
            private int next;
            private Resumable inner;
            private PyObject last = PyNone.NONE;

            @Override
            protected Step resume(RunContext c, PyBaseException thrown) {
                while (true) {
                    if (inner != null) {
                        Step s = thrown == null ? inner.send(c, PyNone.NONE) : inner.throwInto(c, thrown);
                        thrown = null;
                        if (!s.isReturn()) {
                            return s;
                        }
                        last = s.value();
                        inner = null;
                    }
                    if (next == steps.length) {
                        return Step.returned(last);
                    }
                    PyObject awaitable = steps[next++].apply(c);
                    if (awaitable != null && awaitable != PyNone.NONE) {
                        inner = Awaitables.iteratorOf(c, awaitable);
                    }
                }
            }
        };
    }

    static JsonNode expected(String name) throws IOException {
        try (InputStream in = ScriptedRun.class.getResourceAsStream("/asyncio/" + name + ".expected.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
