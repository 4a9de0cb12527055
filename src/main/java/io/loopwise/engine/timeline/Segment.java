package io.loopwise.engine.timeline;

/**
 * A span of virtual time a task spent "running", "waiting" or "ready"; waitingOn says on what
 * ("sleep until 2.0", "future", "task Task-3", "lock", "queue.get", ...) and is null unless waiting.
 */
public record Segment(double start, double end, String state, String waitingOn) {
}
