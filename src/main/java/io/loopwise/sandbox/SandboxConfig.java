package io.loopwise.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Settings of the sandbox: the learner-code executor (bulkhead), the wall-clock backstop, limits and retention. */
@ConfigMapping(prefix = "loopwise.sandbox")
public interface SandboxConfig {

    Executor executor();

    Limits limits();

    Retention retention();

    /** How runs are executed: at most {@code threads} at once, {@code queue} more waiting, the rest refused. */
    interface Executor {
        /** Runs executing at once; defaults to the number of cores. */
        OptionalInt threads();

        @WithDefault("128")
        int queue();

        /**
         * Every run first gets at most this many interpreter steps on the main threads; a program that needs more
         * is run again from the start (programs are deterministic) on the heavy lane, so busy loops never make
         * short programs wait. 0 runs everything on the main threads.
         */
        @WithDefault("100000")
        long probeSteps();

        /** Threads of the heavy lane; defaults to half the cores (at least one). */
        OptionalInt heavyThreads();

        @WithDefault("16")
        int heavyQueue();

        /**
         * The share of a heavy-lane thread's time that may go to running programs (0 < share <= 1): after a run of
         * t ms the thread rests t * (1 - share) / share ms before the next, so a stream of busy loops cannot take a
         * whole core from the short programs. The answer to the run is not delayed; the next heavy run is.
         */
        @WithDefault("0.5")
        double heavyCpuShare();

        /**
         * Stack of each learner-code thread (e.g. {@code 512M}). Python-to-Python calls do not nest Java calls, but
         * calls made from inside the engine do ({@code __init__} through a class call, {@code __repr__}, sort keys),
         * up to the recursion limit. Defaults to what the engine asks for ({@code Engine.STACK_BYTES}); a smaller
         * value is raised to that.
         */
        Optional<String> stackSize();

        /**
         * Time given past a run's own wall-clock limit before the pipeline gives up on it, cancels it and answers
         * with a wall_time limit itself (it includes the time spent waiting in the queue).
         */
        @WithDefault("PT1S")
        Duration grace();

        /** Seconds a refused client is told to wait (Retry-After). */
        @WithDefault("1")
        int retryAfterSeconds();
    }

    /** The most a request may ask for, per limit; unset means the engine's default (requests can only lower it). */
    interface Limits {
        Optional<Long> maxSteps();

        Optional<Double> maxVirtualSeconds();

        Optional<Long> maxWallMillis();

        Optional<Integer> maxTasks();

        Optional<Long> maxMemoryBytes();

        Optional<Long> maxOutputBytes();

        Optional<Integer> maxRecursionDepth();

        Optional<Integer> maxSourceBytes();
    }

    /** Stored runs older than {@code maxAge}, or beyond the newest {@code maxCount}, are deleted every {@code every}. */
    interface Retention {
        @WithDefault("P30D")
        Duration maxAge();

        @WithDefault("100000")
        int maxCount();

        @WithDefault("1h")
        String every();
    }
}
