package io.loopwise.sandbox.service;

import io.loopwise.sandbox.SandboxConfig;
import io.loopwise.sandbox.repository.RunRepository;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Deletes stored runs past the configured maximum age, then all but the newest maximum count, on a schedule. */
@ApplicationScoped
public class RunRetention {

    private final RunRepository runs;
    private final Duration maxAge;
    private final int maxCount;

    @Inject
    public RunRetention(RunRepository runs, SandboxConfig config) {
        this(runs, config.retention().maxAge(), config.retention().maxCount());
    }

    RunRetention(RunRepository runs, Duration maxAge, int maxCount) {
        this.runs = runs;
        this.maxAge = maxAge;
        this.maxCount = maxCount;
    }

    /** How many runs one pass removed, by reason. */
    public record Pass(int expired, int overflow) {
    }

    @Scheduled(identity = "sandbox-run-retention", every = "${loopwise.sandbox.retention.every:1h}",
            delayed = "${loopwise.sandbox.retention.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return enforce().invoke(pass -> {
            if (pass.expired() + pass.overflow() > 0) {
                Log.infof("sandbox retention: deleted %d expired and %d surplus runs", pass.expired(),
                        pass.overflow());
            }
        }).onFailure().invoke(e -> Log.warnf("sandbox retention failed, will retry: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    public Uni<Pass> enforce() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(maxAge);
        return runs.deleteCreatedBefore(cutoff)
                .chain(expired -> runs.deleteAllButNewest(maxCount).map(overflow -> new Pass(expired, overflow)));
    }
}
