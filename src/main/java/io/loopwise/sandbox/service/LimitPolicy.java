package io.loopwise.sandbox.service;

import io.loopwise.engine.RunLimits;
import io.loopwise.platform.problem.Problem;
import io.loopwise.platform.problem.ProblemException;
import io.loopwise.sandbox.SandboxConfig;
import io.loopwise.sandbox.api.RequestedLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's limits: the engine's defaults, optionally lowered (never raised past the engine's ceiling) by
 * configuration. They are both the default for a run and the most a request may ask for: requests only lower them.
 */
@ApplicationScoped
public class LimitPolicy {

    private final RunLimits defaults;

    @Inject
    public LimitPolicy(SandboxConfig config) {
        this(fromConfig(config.limits()));
    }

    LimitPolicy(RunLimits defaults) {
        this.defaults = defaults.cappedBy(RunLimits.CEILING);
    }

    public RunLimits defaults() {
        return defaults;
    }

    /** The limits for a run that asked for {@code requested}; a 400 naming every field above the default. */
    public RunLimits resolve(RequestedLimits requested) {
        if (requested == null) {
            return defaults;
        }
        List<Problem.InvalidParam> problems = new ArrayList<>();
        RunLimits d = defaults;
        RunLimits limits = new RunLimits(
                pick("maxSteps", requested.maxSteps(), d.maxSteps(), problems),
                pick("maxVirtualSeconds", requested.maxVirtualSeconds(), d.maxVirtualSeconds(), problems),
                pick("maxWallMillis", requested.maxWallMillis(), d.maxWallMillis(), problems),
                pick("maxTasks", requested.maxTasks(), d.maxTasks(), problems),
                pick("maxMemoryBytes", requested.maxMemoryBytes(), d.maxMemoryBytes(), problems),
                pick("maxOutputBytes", requested.maxOutputBytes(), d.maxOutputBytes(), problems),
                pick("maxRecursionDepth", requested.maxRecursionDepth(), d.maxRecursionDepth(), problems),
                pick("maxSourceBytes", requested.maxSourceBytes(), d.maxSourceBytes(), problems));
        if (!problems.isEmpty()) {
            throw new ProblemException(Problem.invalidParameters(problems));
        }
        return limits;
    }

    private static <N extends Number & Comparable<N>> N pick(String field, N asked, N ceiling,
                                                              List<Problem.InvalidParam> problems) {
        if (asked == null) {
            return ceiling;
        }
        if (asked.compareTo(ceiling) > 0) {
            problems.add(new Problem.InvalidParam("limits." + field,
                    "must be at most " + ceiling + " (limits can only lower the service's defaults)"));
            return ceiling;
        }
        return asked;
    }

    private static RunLimits fromConfig(SandboxConfig.Limits c) {
        RunLimits d = RunLimits.DEFAULTS;
        return new RunLimits(c.maxSteps().orElse(d.maxSteps()), c.maxVirtualSeconds().orElse(d.maxVirtualSeconds()),
                c.maxWallMillis().orElse(d.maxWallMillis()), c.maxTasks().orElse(d.maxTasks()),
                c.maxMemoryBytes().orElse(d.maxMemoryBytes()), c.maxOutputBytes().orElse(d.maxOutputBytes()),
                c.maxRecursionDepth().orElse(d.maxRecursionDepth()), c.maxSourceBytes().orElse(d.maxSourceBytes()));
    }
}
