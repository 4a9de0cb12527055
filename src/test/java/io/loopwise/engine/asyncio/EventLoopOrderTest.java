package io.loopwise.engine.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop's ordering rules, checked against CPython running src/test/resources/asyncio/loop_order.py. */
class EventLoopOrderTest {

    @Test
    void readyCallbacksThenDueTimersInSchedulingOrder() throws Exception {
        // given the schedule of loop_order.py, built with the Java loop API
        ScriptedRun run = new ScriptedRun();
        PyObject main = run.coroutine("main", c -> {
            EventLoop loop = run.actx.runningLoop();
            Runnable[] t05 = new Runnable[1];
            Runnable[] soon1 = new Runnable[1];
            soon1[0] = () -> {
                run.print("soon1 " + time(loop));
                loop.callSoon(() -> run.print("soon-from-soon1 " + time(loop)));
                loop.callLater(0, () -> run.print("later0-from-soon1 " + time(loop)));
            };
            t05[0] = () -> {
                run.print("t05 " + time(loop));
                loop.callSoon(() -> run.print("soon-from-t05 " + time(loop)));
                loop.callAt(loop.time(), () -> run.print("at-now-from-t05 " + time(loop)));
            };
            loop.callLater(1, () -> run.print("t1-a " + time(loop)));
            loop.callLater(0.5, t05[0]);
            loop.callLater(1, () -> run.print("t1-b " + time(loop)));
            loop.callAt(1.0, () -> run.print("t1-c " + time(loop)));
            loop.callSoon(soon1[0]);
            loop.callSoon(() -> run.print("soon2 " + time(loop)));
            loop.callLater(0.7, () -> run.print("cancelled " + time(loop))).cancel();
            loop.callLater(3, () -> run.print("after-main " + time(loop)));
            return Calls.call(c, run.fn("sleep"), PyInt.valueOf(2));
        }, c -> {
            run.print("main done " + time(run.actx.runningLoop()));
            return null;
        });

        // when asyncio.run drives it
        Calls.call(run.ctx, run.fn("run"), main);

        // then output, prints, clock and task count are CPython's
        JsonNode expected = ScriptedRun.expected("loop_order");
        assertEquals(expected.get("stdout").asText(), run.ctx.stdout());
        assertEquals(expected.get("virtualTime").asDouble(), run.ctx.clock().now());
        assertEquals(expected.get("tasks").asInt(), AsyncioContext.tasksCreated(run.ctx));
        List<String> prints = new ArrayList<>();
        for (TimelineEvent e : AsyncioContext.timeline(run.ctx).events()) {
            if (e.kind().equals("print")) {
                prints.add(e.t() + "|" + e.task() + "|" + e.detail());
            }
        }
        List<String> expectedPrints = new ArrayList<>();
        for (JsonNode p : expected.get("prints")) {
            expectedPrints.add(p.get("t").asDouble() + "|" + (p.get("task").isNull() ? null : p.get("task").asText())
                    + "|" + p.get("text").asText());
        }
        assertEquals(expectedPrints, prints);
    }

    private static String time(EventLoop loop) {
        return PyFloat.valueOf(loop.time()).repr();
    }
}
