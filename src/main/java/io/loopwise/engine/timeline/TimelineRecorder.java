package io.loopwise.engine.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Records what happens during one run and builds the {@link Timeline}. Bounded: at most {@code eventCap} task events
 * and {@code printCap} print events are kept, and at most {@code segmentCap} segments over all tasks; when a cap is hit
 * one final {@code "truncated"} event says so and later records of that kind are dropped (tracks still receive their
 * end time and outcome). Not thread-safe: a run is single-threaded.
 */
public final class TimelineRecorder {
    public static final int DEFAULT_EVENT_CAP = 10_000;
    public static final int DEFAULT_PRINT_CAP = 10_000;
    public static final int DEFAULT_SEGMENT_CAP = 20_000;
    /** Tracks kept at most (a run may create far more tasks over time than are alive at once). */
    public static final int DEFAULT_TRACK_CAP = 10_000;

    private final int eventCap;
    private final int printCap;
    private final int segmentCap;
    private final List<TimelineEvent> events = new ArrayList<>();
    private final List<Track> tracks = new ArrayList<>();
    private long seq;
    private int taskEvents;
    private int printEvents;
    private int segments;
    private boolean eventsTruncated;
    private boolean printsTruncated;
    private boolean segmentsTruncated;
    private boolean tracksTruncated;
    private int created;

    public TimelineRecorder() {
        this(DEFAULT_EVENT_CAP, DEFAULT_PRINT_CAP, DEFAULT_SEGMENT_CAP);
    }

    public TimelineRecorder(int eventCap, int printCap, int segmentCap) {
        this.eventCap = eventCap;
        this.printCap = printCap;
        this.segmentCap = segmentCap;
    }

    /**
     * A task was created at {@code t} to run {@code coroutine} (its qualified name, the "created" event's detail);
     * returns its track id (0-based, in creation order), or -1 once {@link #DEFAULT_TRACK_CAP} tracks exist (the
     * other methods ignore -1).
     */
    public int taskCreated(String name, double t, String coroutine) {
        created++;
        if (tracks.size() >= DEFAULT_TRACK_CAP) {
            if (!tracksTruncated) {
                tracksTruncated = true;
                events.add(new TimelineEvent(t, seq++, "truncated", name, "task tracks capped at "
                        + DEFAULT_TRACK_CAP));
            }
            return -1;
        }
        Track track = new Track(tracks.size(), name, t);
        tracks.add(track);
        event(t, "created", name, coroutine);
        track.open(this, t, "ready", null);
        return track.id;
    }

    /** {@code task.set_name()}: later events and the track use the new name. */
    public void taskRenamed(int id, String name) {
        if (id < 0) {
            return;
        }
        tracks.get(id).name = name;
    }

    /** The task's step begins: "started" for its first step, "resumed" afterwards. */
    public void stepBegins(int id, double t) {
        if (id < 0) {
            return;
        }
        Track track = tracks.get(id);
        event(t, track.started ? "resumed" : "started", track.name, null);
        track.started = true;
        track.open(this, t, "running", null);
    }

    /**
     * The task's step ended with the task waiting on {@code waitingOn} ("sleep until 2.0", "lock", ...). The
     * description's {@code toString()} is only taken if it is recorded (building it can cost more than the step).
     */
    public void suspended(int id, double t, Object waitingOn) {
        if (id < 0) {
            return;
        }
        Track track = tracks.get(id);
        if (taskEvents < eventCap) {
            event(t, "suspended", track.name, String.valueOf(waitingOn));
        } else {
            event(t, "suspended", track.name, null);
        }
        track.open(this, t, "waiting", waitingOn);
    }

    /** The task's next step was queued (its awaited future completed, or it yielded with {@code sleep(0)}). */
    public void becameReady(int id, double t) {
        if (id < 0) {
            return;
        }
        tracks.get(id).open(this, t, "ready", null);
    }

    /** {@code task.cancel()} was called on a task that was not done. */
    public void cancelRequested(int id, double t, String message) {
        if (id < 0) {
            return;
        }
        event(t, "cancel_requested", tracks.get(id).name, message);
    }

    /** The task ended: outcome "completed", "failed" or "cancelled"; detail e.g. "ValueError: boom". */
    public void ended(int id, double t, String outcome, String detail) {
        if (id < 0) {
            return;
        }
        Track track = tracks.get(id);
        event(t, outcome, track.name, detail);
        track.close(this, t);
        track.outcome = outcome;
        track.endedAt = t;
    }

    /** One {@code print} call: the exact text written, the current task's name (null outside a task). */
    public void print(double t, String task, String text) {
        if (printEvents >= printCap) {
            if (!printsTruncated) {
                printsTruncated = true;
                events.add(new TimelineEvent(t, seq++, "truncated", task, "print events capped at " + printCap));
            }
            return;
        }
        printEvents++;
        events.add(new TimelineEvent(t, seq++, "print", task, text));
    }

    /** {@code time.sleep(seconds)} blocked the loop, starting at {@code t}. */
    public void blockingSleep(double t, String task, double seconds) {
        event(t, "blocking_sleep", task, "time.sleep(" + seconds + ")");
    }

    /** Tasks created during the run (tracked or not). */
    public int taskCount() {
        return created;
    }

    /** The timeline as of {@code endTime}; tasks still alive are "pending" with their open segment closed there. */
    public Timeline build(double endTime) {
        List<TaskTrack> out = new ArrayList<>(tracks.size());
        for (Track track : tracks) {
            List<Segment> segs = new ArrayList<>(track.segments);
            if (track.openState != null) {
                segs.add(new Segment(track.openStart, endTime, track.openState,
                        track.openWaitingOn == null ? null : track.openWaitingOn.toString()));
            }
            out.add(new TaskTrack(track.id, track.name, track.createdAt, track.endedAt,
                    track.outcome == null ? "pending" : track.outcome, List.copyOf(segs)));
        }
        return new Timeline(List.copyOf(out), List.copyOf(events));
    }

    private void event(double t, String kind, String task, String detail) {
        if (taskEvents >= eventCap) {
            if (!eventsTruncated) {
                eventsTruncated = true;
                events.add(new TimelineEvent(t, seq++, "truncated", task, "task events capped at " + eventCap));
            }
            return;
        }
        taskEvents++;
        events.add(new TimelineEvent(t, seq++, kind, task, detail));
    }

    private boolean takeSegment(double t) {
        if (segments >= segmentCap) {
            if (!segmentsTruncated) {
                segmentsTruncated = true;
                events.add(new TimelineEvent(t, seq++, "truncated", null, "segments capped at " + segmentCap));
            }
            return false;
        }
        segments++;
        return true;
    }

    /** A task's segments; the open (current) segment is kept in fields until the next state change closes it. */
    private static final class Track {
        final int id;
        final double createdAt;
        final List<Segment> segments = new ArrayList<>(4);
        String name;
        boolean started;
        String outcome;
        Double endedAt;
        String openState;
        Object openWaitingOn;
        double openStart;

        Track(int id, String name, double createdAt) {
            this.id = id;
            this.name = name;
            this.createdAt = createdAt;
        }

        void open(TimelineRecorder rec, double t, String state, Object waitingOn) {
            if (state.equals(openState) && waitingOn == openWaitingOn) {
                return;
            }
            close(rec, t);
            openState = state;
            openWaitingOn = waitingOn;
            openStart = t;
        }

        void close(TimelineRecorder rec, double t) {
            if (openState != null && rec.takeSegment(t)) {
                segments.add(new Segment(openStart, t, openState,
                        openWaitingOn == null ? null : openWaitingOn.toString()));
            }
            openState = null;
        }
    }
}
