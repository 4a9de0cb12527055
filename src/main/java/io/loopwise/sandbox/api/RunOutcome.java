package io.loopwise.sandbox.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.loopwise.engine.ExceptionInfo;
import io.loopwise.engine.LimitInfo;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.RunStats;
import java.util.List;

/** How a run ended, in the engine's result shape without the timeline: what is stored as the run's result. */
public record RunOutcome(String status, String stdout, ExceptionInfo exception, LimitInfo limit,
                         double virtualTime, RunStats stats, List<String> warnings) {

    public static RunOutcome of(RunResult result) {
        return new RunOutcome(result.status().wireName(), result.stdout(), result.exception(), result.limit(),
                result.virtualTime(), result.stats(), result.warnings() == null ? List.of() : result.warnings());
    }

    /** The limit kind that ended the run, or null. */
    @JsonIgnore
    public String limitKind() {
        return limit == null ? null : limit.kind();
    }
}
