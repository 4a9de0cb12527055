package io.loopwise.engine.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyExceptionGroup;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import org.junit.jupiter.api.Test;

/** TaskGroup abort semantics, checked against CPython running src/test/resources/asyncio/taskgroup_cancel.py. */
class TaskGroupTest {

    @Test
    void aFailingChildCancelsSiblingsAndTheParentThenRaisesAGroup() throws Exception {
        // given taskgroup_cancel.py's main, scripted in Java
        ScriptedRun run = new ScriptedRun();

        // when it runs
        run.call("run", new Main(run));

        // then the output, clock and task count are CPython's
        JsonNode expected = ScriptedRun.expected("taskgroup_cancel");
        assertEquals(expected.get("stdout").asText(), run.ctx.stdout());
        assertEquals(expected.get("virtualTime").asDouble(), run.ctx.clock().now());
        assertEquals(expected.get("tasks").asInt(), AsyncioContext.tasksCreated(run.ctx));
    }

    private static String now(ScriptedRun run) {
        return PyFloat.valueOf(run.actx.now()).repr();
    }

    /** {@code async with TaskGroup() as tg: ...create 3 workers...; await sleep(10)} with the except clause. */
    private static final class Main extends NativeCoroutine {
        private final ScriptedRun run;
        private PyObject tg;
        private Resumable inner;
        private int phase;

        Main(ScriptedRun run) {
            super(run.ctx, "main");
            this.run = run;
        }

        @Override
        protected Step resume(RunContext c, PyBaseException thrown) {
            while (true) {
                if (inner != null) {
                    Step s = thrown == null ? inner.send(c, PyNone.NONE) : inner.throwInto(c, thrown);
                    thrown = null;
                    if (s.isYield()) {
                        return s;
                    }
                    inner = null;
                    if (phase == 2) {
                        if (s.isRaise()) {
                            PyBaseException e = s.exception();
                            inner = Awaitables.iteratorOf(c, Calls.callMethod(c, tg, "__aexit__", e.type(), e,
                                    PyNone.NONE));
                        } else {
                            inner = Awaitables.iteratorOf(c, Calls.callMethod(c, tg, "__aexit__", PyNone.NONE,
                                    PyNone.NONE, PyNone.NONE));
                        }
                        phase = 3;
                        continue;
                    }
                    if (phase == 3) {
                        if (s.isRaise() && s.exception() instanceof PyExceptionGroup eg) {
                            run.print(eg.type().name() + " " + Protocols.repr(c, eg.exceptions()) + " " + now(run));
                            return Step.RETURN_NONE;
                        }
                        return s;
                    }
                }
                if (phase == 0) {
                    tg = Calls.call(c, run.fn("TaskGroup"));
                    inner = Awaitables.iteratorOf(c, Calls.callMethod(c, tg, "__aenter__"));
                    phase = 1;
                } else if (phase == 1) {
                    spawn(c, "ok", 0.5, false);
                    spawn(c, "bad", 1, true);
                    spawn(c, "slow", 5, false);
                    inner = Awaitables.iteratorOf(c, run.call("sleep", PyInt.valueOf(10)));
                    phase = 2;
                }
            }
        }

        private void spawn(RunContext c, String name, double delay, boolean fail) {
            Calls.callMethod(c, tg, "create_task", new Worker(run, name, delay, fail));
        }
    }

    /** worker(name, delay, fail). */
    private static final class Worker extends NativeCoroutine {
        private final ScriptedRun run;
        private final String name;
        private final double delay;
        private final boolean fail;
        private Resumable inner;

        Worker(ScriptedRun run, String name, double delay, boolean fail) {
            super(run.ctx, "worker");
            this.run = run;
            this.name = name;
            this.delay = delay;
            this.fail = fail;
        }

        @Override
        protected Step resume(RunContext c, PyBaseException thrown) {
            if (inner == null) {
                inner = Awaitables.iteratorOf(c, run.call("sleep", PyFloat.valueOf(delay)));
            }
            Step s = thrown == null ? inner.send(c, PyNone.NONE) : inner.throwInto(c, thrown);
            if (s.isYield()) {
                return s;
            }
            if (s.isRaise()) {
                run.print(name + " cancelled " + now(run));
                return s;
            }
            if (fail) {
                return Step.raised(AsyncioErrors.newError(io.loopwise.engine.runtime.ExceptionTypes.VALUE_ERROR, name));
            }
            run.print(name + " finished " + now(run));
            return Step.returned(PyStr.of(name));
        }
    }
}
