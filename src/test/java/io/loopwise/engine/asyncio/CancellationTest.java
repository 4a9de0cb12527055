package io.loopwise.engine.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import org.junit.jupiter.api.Test;

/** Task.cancel, cancelling() and uncancel(), checked against CPython running src/test/resources/asyncio/cancellation.py. */
class CancellationTest {

    @Test
    void cancelRequestsReachTheAwaitAndCanBeSwallowed() throws Exception {
        // given cancellation.py's tasks, scripted in Java
        ScriptedRun run = new ScriptedRun();
        PyObject[] t = new PyObject[3];
        PyObject main = run.coroutine("main", c -> {
            t[0] = run.call("create_task", new Sleeper(run, "a", false));
            t[1] = run.call("create_task", new Sleeper(run, "stubborn", true));
            t[2] = run.call("create_task", run.coroutine("never_started", c2 -> {
                run.print("never printed");
                return null;
            }));
            return run.call("sleep", PyInt.ONE);
        }, c -> {
            run.print(m(run, t[0], "cancel", PyStr.of("stop")) + " " + m(run, t[0], "cancel") + " "
                    + m(run, t[0], "cancelling"));
            run.print(m(run, t[1], "cancel") + " " + m(run, t[1], "cancelling") + " " + m(run, t[1], "uncancel") + " "
                    + m(run, t[1], "cancelling"));
            run.print(m(run, t[2], "cancel"));
            return run.call("sleep", PyInt.ZERO);
        }, c -> {
            run.print(m(run, t[0], "cancelled") + " " + m(run, t[1], "done") + " " + m(run, t[2], "cancelled"));
            return run.call("sleep", PyInt.ZERO);
        }, c -> {
            run.print(m(run, t[0], "cancelled") + " " + m(run, t[1], "result") + " " + m(run, t[2], "cancelled") + " "
                    + m(run, t[0], "cancel"));
            try {
                m(run, t[0], "result");
            } catch (PyException e) {
                run.print("result raised " + Protocols.repr(c, e.value().args()));
            }
            return null;
        });

        // when it runs
        run.call("run", main);

        // then the output and the clock are CPython's
        JsonNode expected = ScriptedRun.expected("cancellation");
        assertEquals(expected.get("stdout").asText(), run.ctx.stdout());
        assertEquals(expected.get("virtualTime").asDouble(), run.ctx.clock().now());
        assertEquals(expected.get("tasks").asInt(), AsyncioContext.tasksCreated(run.ctx));
    }

    private static String m(ScriptedRun run, PyObject self, String name, PyObject... args) {
        PyObject r = ScriptedRun.method(run.ctx, self, name, args);
        return r instanceof PyStr s ? s.value() : Protocols.repr(run.ctx, r);
    }

    /** sleeper(name) / stubborn(): sleep 10 s; on CancelledError print, then re-raise or swallow. */
    private static final class Sleeper extends NativeCoroutine {
        private final ScriptedRun run;
        private final String name;
        private final boolean swallow;
        private Resumable inner;

        Sleeper(ScriptedRun run, String name, boolean swallow) {
            super(run.ctx, name);
            this.run = run;
            this.name = name;
            this.swallow = swallow;
        }

        @Override
        protected Step resume(RunContext ctx, PyBaseException thrown) {
            if (inner == null) {
                inner = Awaitables.iteratorOf(ctx, run.call("sleep", PyInt.valueOf(10)));
            }
            Step s = thrown == null ? inner.send(ctx, PyNone.NONE) : inner.throwInto(ctx, thrown);
            if (s.isYield()) {
                return s;
            }
            String now = Protocols.repr(ctx, Calls.callMethod(ctx, run.call("get_running_loop"), "time"));
            if (s.isRaise() && AsyncioErrors.isCancelled(s.exception())) {
                if (swallow) {
                    run.print("stubborn swallows at " + now);
                    return Step.returned(PyStr.of("kept going"));
                }
                run.print(name + " cancelled with " + Protocols.repr(ctx, s.exception().args()) + " at " + now);
                return s;
            }
            run.print(name + " never here");
            return s;
        }
    }
}
