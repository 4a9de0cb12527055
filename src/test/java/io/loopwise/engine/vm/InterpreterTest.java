package io.loopwise.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.RunStatus;
import org.junit.jupiter.api.Test;

class InterpreterTest {

    private static RunResult run(String src) {
        return Engine.run(src, RunLimits.DEFAULTS, new RunControl());
    }

    private static String out(String src) {
        RunResult r = run(src);
        assertEquals(RunStatus.COMPLETED, r.status(), () -> String.valueOf(r.exception()));
        return r.stdout();
    }

    @Test
    void finallyRunsOnReturnBreakAndContinue() {
        String src = "def f():\n    for i in range(3):\n        try:\n            if i == 0:\n                continue\n"
                + "            if i == 1:\n                return i\n        finally:\n            print('fin', i)\n"
                + "print(f())\n";
        assertEquals("fin 0\nfin 1\n1\n", out(src));
    }

    @Test
    void generatorsSuspendAndReceiveSentValues() {
        String src = "def acc():\n    total = 0\n    while True:\n        x = yield total\n        total += x\n"
                + "g = acc()\nnext(g)\nprint(g.send(5), g.send(10))\n";
        assertEquals("5 15\n", out(src));
    }

    @Test
    void coroutinesAreDrivenStepByStepThroughTheResumableProtocol() {
        String src = "class Yield:\n    def __await__(self):\n        got = yield 'ping'\n        return got\n"
                + "async def c():\n    v = await Yield()\n    return v * 2\n"
                + "co = c()\nprint(co.send(None))\ntry:\n    co.send(21)\nexcept StopIteration as e:\n"
                + "    print('returned', e.value)\n";
        assertEquals("ping\nreturned 42\n", out(src));
    }

    @Test
    void exceptStarSplitsAGroupAcrossClauses() {
        String src = "try:\n    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])\n"
                + "except* ValueError as g:\n    print('v', g.exceptions)\nexcept* TypeError as g:\n"
                + "    print('t', g.exceptions)\n";
        assertEquals("v (ValueError(1), ValueError(3))\nt (TypeError(2),)\n", out(src));
    }

    @Test
    void uncaughtExceptionsReportCPythonTracebacksWithChaining() {
        RunResult r = run("def f():\n    raise KeyError('k')\ntry:\n    f()\nexcept KeyError as e:\n"
                + "    raise ValueError('v') from e\n");
        assertEquals(RunStatus.FAILED, r.status());
        assertEquals("ValueError", r.exception().type());
        assertEquals("Traceback (most recent call last):\n  File \"<program>\", line 4, in <module>\n    f()\n"
                + "  File \"<program>\", line 2, in f\n    raise KeyError('k')\nKeyError: 'k'\n\n"
                + "The above exception was the direct cause of the following exception:\n\n"
                + "Traceback (most recent call last):\n  File \"<program>\", line 6, in <module>\n"
                + "    raise ValueError('v') from e\nValueError: v", r.exception().traceback());
    }

    @Test
    void deepRecursionIsARecursionErrorNotACrash() {
        RunResult r = run("def f(n):\n    return f(n + 1)\nf(0)\n");
        assertEquals(RunStatus.FAILED, r.status());
        assertEquals("RecursionError", r.exception().type());
    }

    @Test
    void infiniteLoopsEndAtTheStepLimit() {
        RunResult r = run("while True:\n    pass\n");
        assertEquals(RunStatus.LIMIT_EXCEEDED, r.status());
        assertEquals("steps", r.limit().kind());
    }

    @Test
    void neverAwaitedCoroutinesAreWarnedAboutByQualname() {
        RunResult r = run("class K:\n    async def m(self):\n        pass\nK().m()\n");
        assertEquals(java.util.List.of("RuntimeWarning: coroutine 'K.m' was never awaited"), r.warnings());
    }

    @Test
    void tenThousandSleepingTasksNeedNoThreads() {
        String src = "import asyncio\nasync def w(i):\n    await asyncio.sleep(1)\n    return i\n"
                + "async def main():\n    r = await asyncio.gather(*(w(i) for i in range(10000)))\n"
                + "    print(sum(r))\nasyncio.run(main())\n";
        RunResult r = Engine.run(src, new RunLimits(50_000_000, 3600, 10_000, 20_000, 256L << 20, 65536, 200,
                65536), new RunControl());
        assertEquals("49995000\n", r.stdout(), () -> String.valueOf(r.exception()) + r.limit());
        assertEquals(1.0, r.virtualTime());
        assertTrue(r.stats().tasks() >= 10_001);
    }
}
