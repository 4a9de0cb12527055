package io.loopwise.engine;

/** Lets the caller cancel a run from another thread; the interpreter polls it cooperatively. */
public final class RunControl {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
