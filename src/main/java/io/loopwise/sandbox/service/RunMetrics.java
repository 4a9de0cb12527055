package io.loopwise.sandbox.service;

import io.loopwise.sandbox.api.RunOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The sandbox's Micrometer meters: runs by status, limit kind and cache outcome, execution time, the executor's
 * queue depth and busy threads, bulkhead rejections and runs that could not be stored.
 */
@ApplicationScoped
public class RunMetrics {

    private final MeterRegistry registry;
    private final Timer executionTime;
    private final Counter rejections;
    private final Counter notStored;

    public RunMetrics(MeterRegistry registry, LearnerCodeExecutor executor) {
        this.registry = registry;
        this.executionTime = Timer.builder("loopwise.sandbox.run.execution")
                .description("Real time from accepting a run to its result, queue wait included")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(15))
                .register(registry);
        this.rejections = Counter.builder("loopwise.sandbox.rejections")
                .description("Runs refused because every sandbox slot was busy and the queue was full")
                .register(registry);
        this.notStored = Counter.builder("loopwise.sandbox.runs.not.stored")
                .description("Runs whose result was returned but could not be saved")
                .register(registry);
        Gauge.builder("loopwise.sandbox.executor.queue.depth", executor, LearnerCodeExecutor::queued)
                .description("Runs waiting for a learner-code thread").register(registry);
        Gauge.builder("loopwise.sandbox.executor.active", executor, LearnerCodeExecutor::active)
                .description("Learner-code threads executing a run").register(registry);
        Gauge.builder("loopwise.sandbox.executor.heavy.in.flight", executor, LearnerCodeExecutor::heavyInFlight)
                .description("Runs executing or waiting on the heavy lane (programs past their first slice of steps)")
                .register(registry);
        Gauge.builder("loopwise.sandbox.executor.capacity", executor, e -> e.threads() + e.queueCapacity())
                .description("Runs the executor accepts at once (threads + queue)").register(registry);
    }

    /** A run answered; {@code cache} is "hit" or "miss". */
    public void recordRun(RunOutcome outcome, String cache) {
        Counter.builder("loopwise.sandbox.runs")
                .description("Runs answered, by status, the limit that ended them and whether the cache served them")
                .tag("status", outcome.status())
                .tag("limit", outcome.limitKind() == null ? "none" : outcome.limitKind())
                .tag("cache", cache)
                .register(registry)
                .increment();
    }

    public void recordExecution(long nanos) {
        executionTime.record(Duration.ofNanos(nanos));
    }

    public void recordRejection() {
        rejections.increment();
    }

    public void recordNotStored() {
        notStored.increment();
    }
}
