package io.loopwise.sandbox;

import static io.loopwise.sandbox.EngineAvailability.assumeEngineRuns;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs that try to escape the sandbox or exhaust the machine. Each must end within its limits with the right
 * {@code limit} or a refusal, through the real API, and the service must go on serving ordinary programs.
 */
@QuarkusTest
class HostileProgramsTest {

    /** Tight limits so that each hostile program is stopped quickly. */
    private static final Map<String, Object> LIMITS = Map.of("maxSteps", 300_000, "maxVirtualSeconds", 100,
            "maxWallMillis", 2_000, "maxOutputBytes", 4_096);

    /** {@code outcome}: the accepted limit kinds (status limit_exceeded) or exception types (failed/rejected). */
    record Hostile(String name, String code, Set<String> statuses, Set<String> outcome) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> programs() {
        Set<String> limit = Set.of("limit_exceeded");
        Set<String> refused = Set.of("rejected", "failed");
        Set<String> escapes = Set.of("ImportError", "NotImplementedError", "AttributeError", "NameError", "SyntaxError");
        return Stream.of(
                new Hostile("infinite loop", "while True:\n    pass\n", limit, Set.of("steps")),
                new Hostile("infinite loop in a coroutine without await", """
                        import asyncio
                        async def main():
                            while True:
                                pass
                        asyncio.run(main())
                        """, limit, Set.of("steps")),
                new Hostile("infinite loop yielding to the event loop", """
                        import asyncio
                        async def main():
                            while True:
                                await asyncio.sleep(0)
                        asyncio.run(main())
                        """, limit, Set.of("steps")),
                new Hostile("endless sleeping loop", """
                        import asyncio
                        async def main():
                            while True:
                                await asyncio.sleep(1)
                        asyncio.run(main())
                        """, limit, Set.of("virtual_time")),
                new Hostile("deep recursion", "def f(n):\n    return f(n + 1)\nf(0)\n",
                        Set.of("failed"), Set.of("RecursionError")),
                new Hostile("huge integer", "x = 10**10**9\n", limit, Set.of("memory")),
                new Hostile("huge list", "x = [0] * 10**10\n", limit, Set.of("memory")),
                new Hostile("huge string", "x = 'x' * 10**10\n", limit, Set.of("memory")),
                new Hostile("growing list", "x = []\nwhile True:\n    x.append('y' * 1000)\n", limit,
                        Set.of("memory", "steps")),
                new Hostile("output flood", "while True:\n    print('x' * 100)\n", limit, Set.of("output")),
                new Hostile("100,000 tasks", """
                        import asyncio
                        async def noop():
                            pass
                        async def main():
                            await asyncio.gather(*(asyncio.create_task(noop()) for _ in range(100_000)))
                        asyncio.run(main())
                        """, limit, Set.of("tasks")),
                new Hostile("import os", "import os\nos.system('id')\n", Set.of("rejected"), Set.of("ImportError")),
                new Hostile("import socket", "import socket\n", Set.of("rejected"), Set.of("ImportError")),
                new Hostile("import threading", "import threading\n", Set.of("rejected"), Set.of("ImportError")),
                new Hostile("from-import subprocess", "from subprocess import run\n", Set.of("rejected"),
                        Set.of("ImportError")),
                new Hostile("open a file", "print(open('/etc/passwd').read())\n", refused, escapes),
                new Hostile("__import__", "__import__('os').system('id')\n", refused, escapes),
                new Hostile("eval", "print(eval('1 + 1'))\n", refused, escapes),
                new Hostile("exec", "exec('import os')\n", refused, escapes),
                new Hostile("compile", "compile('1', 'x', 'eval')\n", refused, escapes),
                new Hostile("globals and builtins", "print(globals()['__builtins__'])\n", refused, escapes),
                new Hostile("subclasses walk", "print(().__class__.__base__.__subclasses__())\n", refused, escapes),
                new Hostile("getattr subclasses walk", """
                        base = getattr(getattr((), '__cla' + 'ss__'), '__ba' + 'se__')
                        print(getattr(base, '__subcl' + 'asses__')())
                        """, refused, escapes),
                new Hostile("function globals", "def f():\n    pass\nprint(f.__globals__)\n", refused, escapes),
                new Hostile("getattr function code", "def f():\n    pass\nprint(getattr(f, '__co' + 'de__'))\n",
                        refused, escapes),
                new Hostile("coroutine frame", """
                        async def g():
                            pass
                        c = g()
                        print(getattr(c, 'cr_' + 'frame').f_back)
                        """, refused, escapes),
                new Hostile("task that swallows every cancellation", """
                        import asyncio
                        async def stubborn():
                            while True:
                                try:
                                    await asyncio.sleep(1)
                                except asyncio.CancelledError:
                                    print('not today')
                        async def main():
                            t = asyncio.create_task(stubborn())
                            await asyncio.sleep(0.5)
                            t.cancel()
                            await t
                        asyncio.run(main())
                        """, limit, Set.of("virtual_time", "output")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void aHostileProgramEndsWithinItsLimitsAndTheServiceKeepsServing(Hostile hostile) {
        assumeEngineRuns();

        Response r = run(hostile.code());

        r.then().statusCode(201).body("status", in(hostile.statuses()));
        String seen = "limit_exceeded".equals(r.path("status")) ? r.path("limit.kind") : r.path("exception.type");
        assertEquals(true, hostile.outcome().contains(seen), hostile.name() + " ended with " + seen + ": "
                + r.asString());
        ordinaryProgramStillRuns();
    }

    @Test
    void busyLoopsRunningAtOnceDoNotChangeAnotherRunsResult() {
        assumeEngineRuns();
        List<CompletableFuture<Response>> loops = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = "while True:\n    pass\n# " + UUID.randomUUID() + "\n";
            loops.add(CompletableFuture.supplyAsync(() -> run(code)));
        }

        ordinaryProgramStillRuns();

        for (CompletableFuture<Response> loop : loops) {
            loop.join().then().statusCode(201).body("limit.kind", equalTo("steps"));
        }
    }

    private static Response run(String code) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code, "limits", LIMITS))
                .post("/api/v1/runs");
    }

    private static void ordinaryProgramStillRuns() {
        String tag = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("code", """
                        import asyncio
                        async def main():
                            await asyncio.sleep(2)
                            print('%s')
                        asyncio.run(main())
                        """.formatted(tag)))
                .post("/api/v1/runs")
                .then().statusCode(201)
                .body("status", equalTo("completed"))
                .body("stdout", equalTo(tag + "\n"))
                .body("virtualTime", equalTo(2.0f));
    }
}
