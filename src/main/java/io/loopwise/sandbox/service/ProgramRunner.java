package io.loopwise.sandbox.service;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;

/** Executes one program synchronously on the calling thread; {@link #ENGINE} in production. */
@FunctionalInterface
public interface ProgramRunner {

    /** The interpreter, on the learner-code thread itself (whose stack is at least {@link Engine#STACK_BYTES}). */
    ProgramRunner ENGINE = Engine::runOnCurrentThread;

    RunResult run(String code, RunLimits limits, RunControl control);
}
