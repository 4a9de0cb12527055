package io.loopwise.engine.runtime;

/**
 * Ends a run because a limit was hit (steps, wall time, memory, output, tasks, virtual time, cancel, deadlock).
 * Not a Python exception: no except clause or finally block can intercept it.
 */
public final class LimitExceeded extends RuntimeException {
    private final String kind;
    private Integer line;

    public LimitExceeded(String kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    /** The program line executing when the limit was hit (set by the innermost interpreter frame), or null. */
    public Integer line() {
        return line;
    }

    public void setLineIfAbsent(int l) {
        if (line == null && l > 0) {
            line = l;
        }
    }

    /** One of the LimitInfo kinds of docs/engine-contract.md: "steps", "virtual_time", "wall_time", "tasks", "memory", ... */
    public String kind() {
        return kind;
    }
}
