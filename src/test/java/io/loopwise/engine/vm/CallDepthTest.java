package io.loopwise.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.RunStatus;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** How deep Python code may call: CPython's limit, counted as CPython counts, without nesting the Java stack. */
class CallDepthTest {

    private static final String PROBE = """
            def probe(n):
                try:
                    return probe(n + 1)
                except RecursionError as e:
                    return n, str(e)
            """;

    @Test
    void plainRecursionReachesCPythonsDepthOnAStackTooSmallToNestAJavaCallPerFrame() throws InterruptedException {
        // given a thread with a 512 KiB stack, far less than 1000 nested interpreter loops would need
        AtomicReference<RunResult> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> result.set(Engine.runOnCurrentThread(PROBE + "print(*probe(1))\n",
                RunLimits.DEFAULTS, new RunControl())), "small-stack", 512 << 10);

        // when the program recurses until RecursionError
        small.start();
        small.join();

        // then it got exactly as deep as `python3 program.py` does: the module frame plus 999
        assertEquals(RunStatus.COMPLETED, result.get().status(), () -> String.valueOf(result.get().exception()));
        assertEquals("999 maximum recursion depth exceeded\n", result.get().stdout());
    }

    @Test
    void insideAsyncioRunTheLoopsOwnFramesCountAsInCPython() {
        // given a probe that runs in the main coroutine of asyncio.run
        String src = PROBE + "import asyncio\nasync def main():\n    print(probe(1)[0])\nasyncio.run(main())\n";

        // when it runs
        RunResult r = Engine.run(src, RunLimits.DEFAULTS, new RunControl());

        // then it reaches 992, as CPython 3.12 does: module, six asyncio frames and main come first
        assertEquals("992\n", r.stdout(), () -> String.valueOf(r.exception()));
    }

    @Test
    void aLowerLimitFromTheCallerStopsRecursionThere() {
        // given a run limited to 50 frames
        RunLimits limits = new RunLimits(5_000_000L, 3600.0, 2_000L, 100, 64L << 20, 64L << 10, 50, 64 << 10);

        // when the probe recurses
        RunResult r = Engine.run(PROBE + "print(probe(1)[0])\n", limits, new RunControl());

        // then RecursionError comes at the 51st frame
        assertEquals("49\n", r.stdout(), () -> String.valueOf(r.exception()));
    }

    @Test
    void aLimitHitDeepInsideInlineFramesLeavesNoFrameBehind() {
        // given a run whose step limit ends it 300 calls deep
        RunLimits limits = new RunLimits(20_000L, 3600.0, 2_000L, 100, 64L << 20, 64L << 10, 1_000, 64 << 10);
        String src = "def down(n):\n    return down(n + 1) if n < 300 else spin()\n"
                + "def spin():\n    while True:\n        pass\n"
                + "down(0)\n";

        // when it runs
        RunResult r = Engine.run(src, limits, new RunControl());

        // then the run ends with the steps limit in the spinning loop (lines 4-5), not with an internal error
        assertEquals(RunStatus.LIMIT_EXCEEDED, r.status());
        assertEquals("steps", r.limit().kind());
        assertTrue(r.limit().line() == 4 || r.limit().line() == 5, () -> "line " + r.limit().line());
    }
}
