package io.loopwise.sandbox.service;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;

/** Executes one program synchronously on the calling thread; {@link #ENGINE} in production. */
@FunctionalInterface
public interface ProgramRunner {

    ProgramRunner ENGINE = Engine::run;

    RunResult run(String code, RunLimits limits, RunControl control);
}
