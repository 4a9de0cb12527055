package io.loopwise.engine.asyncio;

/**
 * The one virtual clock of a program run: starts at 0.0, is shared by every {@code asyncio.run} of the program,
 * jumps to the next timer deadline when the loop has nothing ready, and is advanced by {@code time.sleep}.
 * {@code loop.time()}, {@code time.time()}, {@code time.monotonic()} and {@code time.perf_counter()} read it.
 */
public final class VirtualClock {
    private final double limit;
    private double now;

    /** A clock that refuses to move past {@code limitSeconds} (the run's {@code maxVirtualSeconds}). */
    public VirtualClock(double limitSeconds) {
        this.limit = limitSeconds;
    }

    public double now() {
        return now;
    }

    /**
     * Jumps to {@code deadline} (never backwards). The deadline itself is stored, not {@code now + (deadline - now)},
     * so a timer scheduled at {@code t} fires with the clock reading exactly {@code t}.
     */
    public void jumpTo(double deadline) {
        if (deadline > now) {
            check(deadline);
            now = deadline;
        }
    }

    /** Advances by {@code seconds} the way {@code time.sleep} does: {@code now + seconds} in binary floating point. */
    public void advance(double seconds) {
        double target = now + seconds;
        check(target);
        now = target;
    }

    private void check(double target) {
        if (target > limit) {
            throw new VirtualTimeExceeded(limit, target);
        }
    }

    /** Thrown when the program would move the clock past the run's virtual-time limit. */
    public static final class VirtualTimeExceeded extends RuntimeException {
        private final double limit;
        private final double target;

        VirtualTimeExceeded(double limit, double target) {
            super(null, null, false, false);
            this.limit = limit;
            this.target = target;
        }

        public double limit() {
            return limit;
        }

        public double target() {
            return target;
        }

        @Override
        public String getMessage() {
            return "virtual time limit of " + limit + " s exceeded (the program wanted to reach " + target + " s)";
        }
    }
}
