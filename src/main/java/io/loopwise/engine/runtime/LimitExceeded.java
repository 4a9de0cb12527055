package io.loopwise.engine.runtime;

/**
 * Ends a run because a limit was hit (steps, wall time, memory, output, tasks, virtual time, cancel, deadlock).
 * Not a Python exception: no except clause or finally block can intercept it.
 */
public final class LimitExceeded extends RuntimeException {
    private final String kind;

    public LimitExceeded(String kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    /** One of CONTRACT's LimitInfo kinds: "steps", "virtual_time", "wall_time", "tasks", "memory", ... */
    public String kind() {
        return kind;
    }
}
