package io.loopwise.engine.timeline;

/**
 * One timeline event. kind: "created"|"started"|"suspended"|"resumed"|"completed"|"failed"|"cancelled"|"print"
 * |"cancel_requested"|"blocking_sleep"; task is the task name or null at module level; detail is free text.
 */
public record TimelineEvent(double t, long seq, String kind, String task, String detail) {
}
