package io.loopwise.engine;

import io.loopwise.engine.timeline.Timeline;
import java.util.List;

/** Runs one Python asyncio program in virtual time; stateless and thread-safe, never throws. */
public final class Engine {
    public static final String VERSION = "0.1.0";

    private Engine() {
    }

    public static RunResult run(String source, RunLimits limits, RunControl control) {
        ExceptionInfo info = new ExceptionInfo("NotImplementedError", "the interpreter is not wired yet",
                null, null, 1, 1);
        return new RunResult(RunStatus.REJECTED, "", info, null, 0.0, new RunStats(0, 0, 0),
                new Timeline(List.of(), List.of()), List.of());
    }
}
