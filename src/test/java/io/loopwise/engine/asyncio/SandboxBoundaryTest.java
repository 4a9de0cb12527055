package io.loopwise.engine.asyncio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import org.junit.jupiter.api.Test;

/**
 * asyncio APIs CPython has but the sandbox cannot offer (network, subprocesses, other threads) and loops that would
 * run forever: no CPython output exists for these, so they are the engine's own contract.
 */
class SandboxBoundaryTest {

    @Test
    void openingAConnectionIsANotImplementedErrorThatSaysWhyAndWhere() {
        // given a program that opens a TCP connection
        String program = """
                import asyncio

                async def main():
                    reader, writer = await asyncio.open_connection("example.com", 80)

                asyncio.run(main())
                """;

        // when the engine runs it
        RunResult result = Engine.run(program, RunLimits.DEFAULTS, new RunControl());

        // then it fails with a NotImplementedError naming the API and the reason, at the line that called it
        assertEquals("failed", result.status().wireName());
        assertEquals("NotImplementedError", result.exception().type());
        assertEquals("asyncio.open_connection is not supported in the sandbox: programs cannot open network "
                + "connections", result.exception().message());
        assertTrue(result.exception().traceback().contains("line 4, in main"), result.exception().traceback());
    }

    @Test
    void startingASubprocessIsRefusedTheSameWay() {
        // given a program that starts a shell command
        String program = """
                import asyncio
                asyncio.run(asyncio.create_subprocess_shell("ls"))
                """;

        // when the engine runs it
        RunResult result = Engine.run(program, RunLimits.DEFAULTS, new RunControl());

        // then the error names the subprocess API
        assertEquals("NotImplementedError", result.exception().type());
        assertTrue(result.exception().message().startsWith("asyncio.create_subprocess_shell is not supported"),
                result.exception().message());
    }

    @Test
    void runForeverWithoutStopAndNothingScheduledIsADeadlock() {
        // given a loop run forever with nothing scheduled and no stop()
        String program = """
                import asyncio
                loop = asyncio.new_event_loop()
                loop.run_forever()
                """;

        // when the engine runs it
        RunResult result = Engine.run(program, RunLimits.DEFAULTS, new RunControl());

        // then the run ends as a deadlock instead of hanging as CPython would
        assertEquals("limit_exceeded", result.status().wireName());
        assertEquals("deadlock", result.limit().kind());
        assertTrue(result.limit().message().contains("run_forever()"), result.limit().message());
    }
}
