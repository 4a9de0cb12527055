package io.loopwise.sandbox.service;

import io.loopwise.sandbox.SandboxConfig;
import io.loopwise.sandbox.repository.RunRepository;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Deletes stored runs past the configured maximum age, then all but the newest maximum count, on a schedule. */
@ApplicationScoped
public class RunRetention {

    private final RunRepository runs;
    private final SandboxConfig.Retention retention;

    public RunRetention(RunRepository runs, SandboxConfig config) {
        this.runs = runs;
        this.retention = config.retention();
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
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(retention.maxAge());
        return runs.deleteCreatedBefore(cutoff)
                .chain(expired -> runs.deleteAllButNewest(retention.maxCount()).map(overflow -> new Pass(expired, overflow)));
    }
}
