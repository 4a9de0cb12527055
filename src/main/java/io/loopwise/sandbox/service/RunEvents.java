package io.loopwise.sandbox.service;

import io.loopwise.engine.timeline.TimelineEvent;
import io.loopwise.sandbox.SandboxRun;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Replays a stored run's timeline events in order, optionally paced by virtual time, then an end marker. */
@ApplicationScoped
public class RunEvents {

    static final Duration MAX_GAP = Duration.ofSeconds(2);

    private final RunService runs;

    public RunEvents(RunService runs) {
        this.runs = runs;
    }

    /** The closing item of a replay: how the run ended. */
    public record End(String status, double virtualTime, int events) {
    }

    /** One item of a replay: a timeline event, or (last) the end marker. */
    public record Item(TimelineEvent event, End end) {
    }

    /** A run ready to be replayed. */
    public record Replay(SandboxRun run) {

        /** Events after sequence number {@code after}, paced at {@code speed} virtual seconds per second if given. */
        public Multi<Item> stream(long after, Double speed) {
            List<TimelineEvent> events = run.timeline().events().stream().filter(e -> e.seq() > after).toList();
            End end = new End(run.outcome().status(), run.outcome().virtualTime(), run.timeline().events().size());
            Multi<Item> items = Multi.createFrom().iterable(events).map(e -> new Item(e, null));
            if (speed != null) {
                // One subscription per request, so this cursor is never shared.
                double[] previous = {events.isEmpty() ? 0 : events.get(0).t()};
                items = items.onItem().call(item -> {
                    double gap = Math.max(0, item.event().t() - previous[0]) / speed;
                    previous[0] = item.event().t();
                    Duration delay = Duration.ofNanos((long) Math.min(gap * 1e9, MAX_GAP.toNanos()));
                    return delay.isZero() ? Uni.createFrom().voidItem()
                            : Uni.createFrom().voidItem().onItem().delayIt().by(delay);
                });
            }
            return Multi.createBy().concatenating().streams(items, Multi.createFrom().item(new Item(null, end)));
        }
    }

    /** The replay of a run, or null when there is no such run. */
    public Uni<Replay> load(UUID id) {
        return runs.findWithTimeline(id).map(run -> run == null ? null : new Replay(run));
    }
}
