package io.loopwise.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.RunStatus;
import org.junit.jupiter.api.Test;

/**
 * The cost side of {@link GeneratorFinalizer} (its timing is held to CPython by the conformance corpus): the
 * reachability walks it makes are charged to the step budget, and generators whose closing cannot be observed
 * need none.
 */
class GeneratorFinalizerTest {
    private static final RunLimits GENEROUS_WALL = new RunLimits(
            2_000_000L, 3600.0, 60_000L, 1_000, 64L << 20, 64L << 10, 200, 64 << 10);

    private static final String HEAP_OF_20000 = "data = [[i] for i in range(20000)]\n";

    @Test
    void droppingGeneratorsWithFinallyOverAHugeHeapRunsOutOfStepsNotTime() {
        // given a program that keeps 20,000 objects alive and drops, one by one, generators with a finally block
        String src = "def numbers():\n    try:\n        yield 1\n        yield 2\n    finally:\n        pass\n"
                + HEAP_OF_20000
                + "def use():\n    g = numbers()\n    return next(g)\n"
                + "for i in range(5000):\n    use()\nprint('done')\n";

        // when it runs under a step limit of two million
        RunResult r = Engine.run(src, GENEROUS_WALL, new RunControl());

        // then the heap walks made at each drop are paid for in steps, and the run stops on the step limit
        assertEquals(RunStatus.LIMIT_EXCEEDED, r.status());
        assertEquals("steps", r.limit().kind());
        assertTrue(r.stats().steps() > 2_000_000L);
    }

    @Test
    void droppingGeneratorsWhoseClosingRunsNoCodeNeedsNoWalk() {
        // given the same program with a generator that has no try/finally around its yields
        String src = "def numbers():\n    yield 1\n    yield 2\n"
                + HEAP_OF_20000
                + "def use():\n    g = numbers()\n    return next(g)\n"
                + "for i in range(5000):\n    use()\nprint('done')\n";

        // when it runs under the same limits
        RunResult r = Engine.run(src, GENEROUS_WALL, new RunControl());

        // then no walk was needed: it completes within a few steps per iteration
        assertEquals(RunStatus.COMPLETED, r.status(), () -> String.valueOf(r.limit()));
        assertEquals("done\n", r.stdout());
        assertTrue(r.stats().steps() < 200_000L, () -> "steps " + r.stats().steps());
    }

    @Test
    void aGeneratorWithFinallyDroppedWhileTheHeapIsSmallIsClosedAtOnce() {
        // given a started generator with a finally block, dropped by rebinding inside a loop
        String src = "def numbers(i):\n    try:\n        yield i\n    finally:\n        print('closed', i)\n"
                + "for i in range(3):\n    g = numbers(i)\n    next(g)\n    print('started', i)\n"
                + "g = None\nprint('end')\n";

        // when it runs
        RunResult r = Engine.run(src, RunLimits.DEFAULTS, new RunControl());

        // then each is closed the moment the name lets go of it, as CPython's refcount does
        assertEquals("started 0\nclosed 0\nstarted 1\nclosed 1\nstarted 2\nclosed 2\nend\n", r.stdout());
    }
}
