package io.loopwise.sandbox.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.loopwise.engine.Engine;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunStats;
import io.loopwise.engine.timeline.Timeline;
import io.loopwise.sandbox.SandboxRun;
import io.loopwise.sandbox.api.RunOutcome;
import io.loopwise.sandbox.repository.RunRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retention against the real database: runs past the maximum age go, then all but the newest maximum count. */
@QuarkusTest
class RunRetentionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    RunRepository runs;

    @Test
    void expiredRunsAndRunsBeyondTheMaximumCountAreDeletedNewestKept() {
        // given a run from 1999 (older than any sane maximum age), one from 2000 and one from now
        SandboxRun ancient = stored(OffsetDateTime.of(1999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        SandboxRun old = stored(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        SandboxRun recent = stored(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));

        // when the maximum age reaches back to mid-1999: only the 1999 run is past it
        Duration sinceMid1999 = Duration.between(OffsetDateTime.of(1999, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.now(ZoneOffset.UTC));
        RunRetention.Pass byAge = new RunRetention(runs, sinceMid1999, Integer.MAX_VALUE)
                .enforce().await().atMost(WAIT);

        // then it is gone and the others stay
        assertEquals(1, byAge.expired());
        assertNull(runs.find(ancient.id()).await().atMost(WAIT));
        assertNotNull(runs.find(old.id()).await().atMost(WAIT));

        // when the maximum count is one less than what is stored, then exactly the oldest (2000) run goes
        long count = runs.count().await().atMost(WAIT);
        RunRetention.Pass byCount = new RunRetention(runs, Duration.ofDays(365L * 1000), (int) count - 1)
                .enforce().await().atMost(WAIT);
        assertEquals(1, byCount.overflow());
        assertNull(runs.find(old.id()).await().atMost(WAIT));
        assertNotNull(runs.find(recent.id()).await().atMost(WAIT));
    }

    private SandboxRun stored(OffsetDateTime createdAt) {
        String code = "print('retention " + UUID.randomUUID() + "')";
        String sha = RunKeys.sha256(code);
        SandboxRun run = new SandboxRun(UUID.randomUUID(), createdAt, code, sha,
                RunKeys.cacheKey(Engine.VERSION, RunLimits.DEFAULTS, sha), true, RunLimits.DEFAULTS,
                new RunOutcome("completed", "x\n", null, null, 0.0, new RunStats(3, 0, 10), List.of()),
                new Timeline(List.of(), List.of()), Engine.VERSION);
        runs.insert(run).await().atMost(WAIT);
        return run;
    }
}
