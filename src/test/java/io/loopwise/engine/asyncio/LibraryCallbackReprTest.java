package io.loopwise.engine.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Task reprs list the asyncio callbacks attached to them as CPython 3.12.1 does. The conformance corpus cannot hold
 * these lines: CPython prints its own install prefix, which differs per machine, so the engine uses the standard
 * {@code /usr/local/lib/python3.12} prefix. The expected lines are CPython 3.12.1's output for the same program with
 * only that prefix replaced.
 */
class LibraryCallbackReprTest {

    @Test
    void tasksShowTheAsyncioCallbacksThatWaitForThem() {
        // given a main task, a gathered task, a shielded task, a task under wait() and one under as_completed()
        String program = """
                import asyncio
                async def leaf():
                    await asyncio.sleep(1)
                async def main():
                    print(asyncio.current_task())
                    a = asyncio.create_task(leaf()); b = asyncio.create_task(leaf())
                    c = asyncio.create_task(leaf()); d = asyncio.create_task(leaf())
                    g = asyncio.gather(a)
                    s = asyncio.shield(b)
                    w = asyncio.create_task(asyncio.wait([c]))
                    it = asyncio.as_completed([d]); f = next(it)
                    await asyncio.sleep(0)
                    print(a); print(s); print(b); print(c); print(d)
                    await asyncio.sleep(2)
                    f.close()
                asyncio.run(main())
                """;

        // when the engine runs it
        RunResult result = Engine.run(program, RunLimits.DEFAULTS, new RunControl());

        // then each repr names CPython's callback, its qualname and its line in asyncio's source
        String lib = "/usr/local/lib/python3.12/asyncio/";
        String wakeup = " wait_for=<Future pending cb=[Task.task_wakeup()]>";
        assertEquals(List.of(
                "<Task pending name='Task-1' coro=<main() running at <program>:5> cb=[_run_until_complete_cb() at "
                        + lib + "base_events.py:180]>",
                "<Task pending name='Task-2' coro=<leaf() running at <program>:3>" + wakeup
                        + " cb=[gather.<locals>._done_callback() at " + lib + "tasks.py:767]>",
                "<Future pending cb=[shield.<locals>._outer_done_callback() at " + lib + "tasks.py:922]>",
                "<Task pending name='Task-3' coro=<leaf() running at <program>:3>" + wakeup
                        + " cb=[shield.<locals>._inner_done_callback() at " + lib + "tasks.py:905]>",
                "<Task pending name='Task-4' coro=<leaf() running at <program>:3>" + wakeup
                        + " cb=[_wait.<locals>._on_completion() at " + lib + "tasks.py:534]>",
                "<Task pending name='Task-5' coro=<leaf() running at <program>:3>" + wakeup
                        + " cb=[as_completed.<locals>._on_completion() at " + lib + "tasks.py:618]>"),
                result.stdout().lines().toList());
    }
}
