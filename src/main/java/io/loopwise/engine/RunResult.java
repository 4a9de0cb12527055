package io.loopwise.engine;

import io.loopwise.engine.timeline.Timeline;
import java.util.List;

/** Everything one run produced: how it ended, its output, the failure or limit, virtual time, stats and timeline. */
public record RunResult(RunStatus status, String stdout, ExceptionInfo exception, LimitInfo limit,
                        double virtualTime, RunStats stats, Timeline timeline, List<String> warnings) {
}
