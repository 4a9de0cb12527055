package io.loopwise.engine.timeline;

import java.util.List;

/** What happened during a run, per task (for a Gantt chart) and as an ordered event log. */
public record Timeline(List<TaskTrack> tasks, List<TimelineEvent> events) {
}
