package io.loopwise.engine.asyncio;

/**
 * A callback queued on the loop, mirroring CPython's {@code asyncio.events.Handle}: it can be cancelled before it
 * runs, and a cancelled handle is skipped when its turn comes.
 */
public class Handle {
    private final Runnable callback;
    private boolean cancelled;

    public Handle(Runnable callback) {
        this.callback = callback;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The callback, for descriptions (deadlock reports, reprs). */
    public Runnable callback() {
        return callback;
    }

    void run() {
        callback.run();
    }
}
