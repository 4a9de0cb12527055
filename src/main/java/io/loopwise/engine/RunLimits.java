package io.loopwise.engine;

/**
 * The resource limits of one run. {@link #DEFAULTS} suit an interactive sandbox; {@link #CEILING} is the most a
 * caller may ask for, and {@link #cappedBy(RunLimits)} clamps a request to it.
 */
public record RunLimits(long maxSteps, double maxVirtualSeconds, long maxWallMillis, int maxTasks,
                        long maxMemoryBytes, long maxOutputBytes, int maxRecursionDepth, int maxSourceBytes) {

    public static final RunLimits DEFAULTS = new RunLimits(
            5_000_000L, 3600.0, 2_000L, 20_000, 64L << 20, 64L << 10, 1_000, 64 << 10);

    public static final RunLimits CEILING = new RunLimits(
            50_000_000L, 86_400.0, 10_000L, 100_000, 256L << 20, 1L << 20, 1_000, 256 << 10);

    public RunLimits {
        if (maxSteps <= 0 || !(maxVirtualSeconds > 0) || maxWallMillis <= 0 || maxTasks <= 0 || maxMemoryBytes <= 0
                || maxOutputBytes <= 0 || maxRecursionDepth <= 0 || maxSourceBytes <= 0) {
            throw new IllegalArgumentException("every run limit must be positive");
        }
    }

    /** Each limit reduced to at most the matching limit of {@code ceiling}. */
    public RunLimits cappedBy(RunLimits ceiling) {
        return new RunLimits(Math.min(maxSteps, ceiling.maxSteps),
                Math.min(maxVirtualSeconds, ceiling.maxVirtualSeconds),
                Math.min(maxWallMillis, ceiling.maxWallMillis), Math.min(maxTasks, ceiling.maxTasks),
                Math.min(maxMemoryBytes, ceiling.maxMemoryBytes), Math.min(maxOutputBytes, ceiling.maxOutputBytes),
                Math.min(maxRecursionDepth, ceiling.maxRecursionDepth),
                Math.min(maxSourceBytes, ceiling.maxSourceBytes));
    }
}
