package io.loopwise.engine.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorder's records and bounds (the timeline contract of docs/engine-contract.md). */
class TimelineRecorderTest {

    @Test
    void aTaskLifeBecomesContiguousSegmentsAndEvents() {
        // given a task that runs, sleeps two seconds, and completes
        TimelineRecorder rec = new TimelineRecorder();
        int id = rec.taskCreated("Task-1", 0.0, "main");
        rec.stepBegins(id, 0.0);
        rec.print(0.0, "Task-1", "hello\n");
        rec.suspended(id, 0.0, "sleep until 2.0");
        rec.becameReady(id, 2.0);
        rec.stepBegins(id, 2.0);
        rec.ended(id, 2.0, "completed", null);

        // when the timeline is built
        Timeline t = rec.build(2.0);

        // then events are in order and the track's segments tile its life
        assertEquals(List.of("created", "started", "print", "suspended", "resumed", "completed"),
                t.events().stream().map(TimelineEvent::kind).toList());
        assertEquals("hello\n", t.events().get(2).detail());
        TaskTrack track = t.tasks().get(0);
        assertEquals("completed", track.outcome());
        assertEquals(2.0, track.endedAt());
        assertEquals(List.of(new Segment(0.0, 0.0, "ready", null), new Segment(0.0, 0.0, "running", null),
                new Segment(0.0, 2.0, "waiting", "sleep until 2.0"), new Segment(2.0, 2.0, "ready", null),
                new Segment(2.0, 2.0, "running", null)), track.segments());
    }

    @Test
    void aTaskStillAliveAtTheEndIsPendingWithItsOpenSegmentClosed() {
        // given a task waiting on a lock when the run ends at 5.0
        TimelineRecorder rec = new TimelineRecorder();
        int id = rec.taskCreated("Task-2", 1.0, "worker");
        rec.stepBegins(id, 1.0);
        rec.suspended(id, 1.0, "lock");

        // when the timeline is built
        TaskTrack track = rec.build(5.0).tasks().get(0);

        // then it is pending and its wait lasts to the end
        assertEquals("pending", track.outcome());
        assertNull(track.endedAt());
        assertEquals(new Segment(1.0, 5.0, "waiting", "lock"), track.segments().get(track.segments().size() - 1));
    }

    @Test
    void eventsAreCappedWithOneTruncationMarkerAndPrintsHaveTheirOwnBudget() {
        // given caps of 5 task events, 3 prints and 4 segments
        TimelineRecorder rec = new TimelineRecorder(5, 3, 4);

        // when 10 tasks are created and run, and 5 prints are made
        for (int i = 0; i < 10; i++) {
            int id = rec.taskCreated("Task-" + (i + 1), i, "t");
            rec.stepBegins(id, i);
            rec.ended(id, i, "completed", null);
        }
        for (int i = 0; i < 5; i++) {
            rec.print(10.0, null, "line " + i + "\n");
        }
        Timeline t = rec.build(10.0);

        // then each cap is announced once, prints are kept up to their own cap, and every track still ends
        List<TimelineEvent> truncated = t.events().stream().filter(e -> e.kind().equals("truncated")).toList();
        assertEquals(3, truncated.size());
        assertEquals(3, t.events().stream().filter(e -> e.kind().equals("print")).count());
        assertEquals(5, t.events().stream().filter(e -> !e.kind().equals("print") && !e.kind().equals("truncated"))
                .count());
        assertEquals(10, t.tasks().size());
        t.tasks().forEach(track -> assertEquals("completed", track.outcome()));
        assertEquals(4, t.tasks().stream().mapToInt(track -> track.segments().size()).sum());
    }

    @Test
    void tasksBeyondTheTrackCapAreCountedButNotTracked() {
        // given more tasks than the track cap
        TimelineRecorder rec = new TimelineRecorder();
        int extra = 5;

        // when they are all created and run
        for (int i = 0; i < TimelineRecorder.DEFAULT_TRACK_CAP + extra; i++) {
            int id = rec.taskCreated("Task-" + (i + 1), 0.0, "t");
            rec.stepBegins(id, 0.0);
            rec.ended(id, 0.0, "completed", null);
        }
        Timeline t = rec.build(0.0);

        // then all are counted, the cap is kept, and one event says so
        assertEquals(TimelineRecorder.DEFAULT_TRACK_CAP + extra, rec.taskCount());
        assertEquals(TimelineRecorder.DEFAULT_TRACK_CAP, t.tasks().size());
        assertEquals(1, t.events().stream().filter(e -> e.kind().equals("truncated")
                && e.detail().startsWith("task tracks")).count());
    }
}
