package io.loopwise.engine;

/**
 * Which limit ended a run. kind: "steps" | "virtual_time" | "wall_time" | "tasks" | "memory" | "output"
 * | "recursion" | "source_size" | "cancelled" | "deadlock"; line is the program line running at that moment, if known.
 */
public record LimitInfo(String kind, String message, Integer line) {
}
