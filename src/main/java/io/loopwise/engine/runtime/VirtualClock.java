package io.loopwise.engine.runtime;

/**
 * The one virtual clock of a run, starting at 0.0 and shared by every {@code asyncio.run} of the program.
 * The event loop jumps it to the next timer deadline; {@code time.sleep} advances it. Passing the run's
 * virtual-time limit ends the run.
 */
public final class VirtualClock {
    private final double limit;
    private double now;

    public VirtualClock(double limitSeconds) {
        this.limit = limitSeconds;
    }

    public double now() {
        return now;
    }

    /** Moves the clock forward to {@code t} (never backwards). */
    public void advanceTo(double t) {
        if (t > limit) {
            now = limit;
            throw new LimitExceeded("virtual_time", "virtual time limit of " + limit + " s exceeded");
        }
        if (t > now) {
            now = t;
        }
    }

    public void advanceBy(double seconds) {
        advanceTo(now + seconds);
    }
}
