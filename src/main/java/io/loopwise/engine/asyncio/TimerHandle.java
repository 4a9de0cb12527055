package io.loopwise.engine.asyncio;

/**
 * A handle due at a virtual time, mirroring CPython's {@code asyncio.events.TimerHandle}. Timers order by deadline and
 * then by scheduling sequence: equal deadlines fire in the order they were scheduled (CPython's heap leaves exact ties
 * unspecified because real clocks never produce them; FIFO is our one deliberate choice).
 */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {
    private final double when;
    private final long seq;
    private final EventLoop loop;
    boolean scheduled = true;

    TimerHandle(double when, long seq, Runnable callback, EventLoop loop) {
        super(callback);
        this.when = when;
        this.seq = seq;
        this.loop = loop;
    }

    public double when() {
        return when;
    }

    @Override
    public void cancel() {
        if (!cancelled()) {
            if (scheduled) {
                loop.timerCancelled();
            }
            super.cancel();
        }
    }

    @Override
    public int compareTo(TimerHandle other) {
        int c = Double.compare(when, other.when);
        return c != 0 ? c : Long.compare(seq, other.seq);
    }
}
