package io.loopwise.engine.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.RunLimits;
import io.loopwise.engine.runtime.LimitExceeded;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import org.junit.jupiter.api.Test;

/**
 * Runs that CPython would hang on or run forever end in a limit: deadlock, live-task limit, virtual-time limit,
 * and a busy loop of {@code sleep(0)}. (No CPython output exists for these: they are the engine's own contract.)
 */
class LoopLimitsTest {

    @Test
    void aTaskWaitingOnAFutureNobodyCompletesIsADeadlockNamingWhatItWaitsOn() {
        // given a main task that awaits a child, which awaits a future nobody will complete, and a lock waiter
        ScriptedRun run = new ScriptedRun();
        PyObject main = run.coroutine("main", c -> {
            EventLoop loop = run.actx.runningLoop();
            PyFuture never = new PyFuture(loop);
            PyObject child = run.call("create_task", run.coroutine("child", c2 -> never));
            return child;
        });

        // when asyncio.run drives it
        LimitExceeded limit = assertThrows(LimitExceeded.class, () -> run.call("run", main));

        // then the run ends as a deadlock listing each waiting task
        assertEquals("deadlock", limit.kind());
        assertTrue(limit.getMessage().contains("Task-1 waits on task Task-2"), limit.getMessage());
        assertTrue(limit.getMessage().contains("Task-2 waits on future"), limit.getMessage());
    }

    @Test
    void creatingMoreLiveTasksThanAllowedEndsTheRun() {
        // given a limit of 3 live tasks
        RunLimits limits = new RunLimits(1_000_000, 3600, 2_000, 3, 64L << 20, 1 << 16, 200, 1 << 16);
        ScriptedRun run = new ScriptedRun(limits);
        PyObject main = run.coroutine("main", c -> {
            for (int i = 0; i < 3; i++) {
                run.call("create_task", run.coroutine("sleeper", c2 -> run.call("sleep", PyInt.ONE)));
            }
            return null;
        });

        // when main (task 1) creates a third child (task 4)
        LimitExceeded limit = assertThrows(LimitExceeded.class, () -> run.call("run", main));

        // then the task limit names the task that would exceed it
        assertEquals("tasks", limit.kind());
        assertTrue(limit.getMessage().contains("Task-4"), limit.getMessage());
    }

    @Test
    void sleepingPastTheVirtualTimeLimitEndsTheRunAtTheLimit() {
        // given a program sleeping 10,000 s with the default 3,600 s limit
        ScriptedRun run = new ScriptedRun();
        PyObject main = run.coroutine("main", c -> run.call("sleep", PyInt.valueOf(10_000)));

        // when it runs
        LimitExceeded limit = assertThrows(LimitExceeded.class, () -> run.call("run", main));

        // then the clock stops at the limit
        assertEquals("virtual_time", limit.kind());
        assertEquals(3600.0, run.ctx.clock().now());
    }

    @Test
    void aBusyLoopOfSleepZeroMeetsTheStepLimit() {
        // given a task that yields forever
        RunLimits limits = new RunLimits(10_000, 3600, 10_000, 100, 64L << 20, 1 << 16, 200, 1 << 16);
        ScriptedRun run = new ScriptedRun(limits);
        PyObject main = run.coroutine("main", c -> new BusyLoop(c));

        // when it runs
        LimitExceeded limit = assertThrows(LimitExceeded.class, () -> run.call("run", main));

        // then the step limit ends it
        assertEquals("steps", limit.kind());
    }

    /** {@code while True: await asyncio.sleep(0)} as a native coroutine. */
    private static final class BusyLoop extends NativeCoroutine {
        BusyLoop(RunContext ctx) {
            super(ctx, "busy");
        }

        @Override
        protected io.loopwise.engine.runtime.Step resume(RunContext ctx,
                io.loopwise.engine.runtime.PyBaseException thrown) {
            return io.loopwise.engine.runtime.Step.YIELD_NONE;
        }
    }
}
