package io.loopwise.engine.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import org.junit.jupiter.api.Test;

/** Task-N numbering, checked against CPython running src/test/resources/asyncio/task_names.py. */
class TaskNamesTest {

    @Test
    void hiddenAndNamedTasksDrawFromOneCounterPerProgram() throws Exception {
        // given task_names.py's main() and second(), scripted in Java
        ScriptedRun run = new ScriptedRun();
        PyObject[] t = new PyObject[4];
        PyObject main = run.coroutine("main", c -> {
            t[0] = run.callKw("create_task", new PyObject[] {child(run), PyStr.of("x")}, "name");
            t[1] = run.call("create_task", child(run));
            run.print(name(run, run.call("current_task")) + " " + name(run, t[0]) + " " + name(run, t[1]));
            return run.call("wait_for", child(run), PyInt.ONE);
        }, c -> run.call("gather", child(run), child(run)),
            c -> run.call("shield", child(run)),
            c -> {
                PyObject loop = run.call("get_running_loop");
                t[2] = io.loopwise.engine.runtime.Calls.call(c, io.loopwise.engine.runtime.Attributes.getAttr(c, loop,
                        "create_task"), new PyObject[] {child(run), PyStr.of("y")}, new String[] {"name"});
                t[3] = run.call("create_task", child(run));
                run.print(name(run, t[2]) + " " + name(run, t[3]));
                return null;
            });
        PyObject second = run.coroutine("second", c -> {
            run.print(name(run, run.call("current_task")));
            return null;
        });

        // when both run one after the other
        run.call("run", main);
        run.call("run", second);

        // then the names, the task count and the clock are CPython's
        JsonNode expected = ScriptedRun.expected("task_names");
        assertEquals(expected.get("stdout").asText(), run.ctx.stdout());
        assertEquals(expected.get("tasks").asInt(), AsyncioContext.tasksCreated(run.ctx));
        assertEquals(expected.get("virtualTime").asDouble(), run.ctx.clock().now());
    }

    private static PyObject child(ScriptedRun run) {
        return run.coroutine("child", c -> run.call("sleep", PyInt.ZERO));
    }

    private static String name(ScriptedRun run, PyObject task) {
        return run.str(ScriptedRun.method(run.ctx, task, "get_name"));
    }
}
