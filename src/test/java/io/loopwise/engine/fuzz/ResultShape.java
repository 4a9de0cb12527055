package io.loopwise.engine.fuzz;

import io.loopwise.engine.RunResult;
import java.util.Set;

/** What every {@link RunResult} must look like, whatever the program: a robustness oracle for generated input. */
public final class ResultShape {

    private static final Set<String> LIMIT_KINDS = Set.of("steps", "virtual_time", "wall_time", "tasks", "memory",
            "output", "recursion", "source_size", "cancelled", "deadlock");

    private ResultShape() {
    }

    /** Null when the result is well formed, otherwise why not. */
    public static String problem(RunResult result) {
        if (result == null) {
            return "Engine.run returned null";
        }
        if (result.status() == null || result.stdout() == null || result.stats() == null
                || result.timeline() == null || result.warnings() == null) {
            return "a required field is null: " + result;
        }
        switch (result.status()) {
            case COMPLETED -> {
                if (result.exception() != null || result.limit() != null) {
                    return "completed with an exception or limit";
                }
            }
            case FAILED, REJECTED -> {
                if (result.exception() == null || result.exception().type() == null) {
                    return result.status().wireName() + " without an exception type";
                }
                if (isInternalError(result)) {
                    return "internal interpreter error leaked as a Python exception: "
                            + result.exception().message();
                }
            }
            case LIMIT_EXCEEDED -> {
                if (result.limit() == null || !LIMIT_KINDS.contains(result.limit().kind())) {
                    return "limit_exceeded without a known limit kind: " + result.limit();
                }
            }
            default -> {
                return "unknown status " + result.status();
            }
        }
        if (!(result.virtualTime() >= 0) || Double.isInfinite(result.virtualTime())) {
            return "virtual time " + result.virtualTime();
        }
        return null;
    }

    /** The engine turns a Java exception inside the interpreter into a SystemError; that is a bug, not a result. */
    static boolean isInternalError(RunResult result) {
        String message = result.exception().message();
        return "SystemError".equals(result.exception().type()) && message != null
                && (message.contains("internal interpreter error") || message.contains("java."));
    }
}
