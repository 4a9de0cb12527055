package io.loopwise.sandbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness reports DOWN while the learner-code executor is saturated (every thread busy, queue full). */
@Readiness
@ApplicationScoped
public class ExecutorReadiness implements HealthCheck {

    private final LearnerCodeExecutor executor;

    public ExecutorReadiness(LearnerCodeExecutor executor) {
        this.executor = executor;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sandbox-executor")
                .status(!executor.saturated())
                .withData("active", executor.active())
                .withData("threads", executor.threads())
                .withData("queued", executor.queued())
                .withData("queueCapacity", executor.queueCapacity())
                .withData("saturated", executor.saturated())
                .build();
    }
}
