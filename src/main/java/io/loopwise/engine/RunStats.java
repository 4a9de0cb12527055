package io.loopwise.engine;

/** Counters of one run: interpreter steps, asyncio tasks created, wall-clock microseconds spent. */
public record RunStats(long steps, int tasks, long wallMicros) {
}
