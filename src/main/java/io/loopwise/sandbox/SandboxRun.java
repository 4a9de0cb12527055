package io.loopwise.sandbox;

import io.loopwise.engine.RunLimits;
import io.loopwise.engine.timeline.Timeline;
import io.loopwise.sandbox.api.RunOutcome;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One executed program (table {@code sandbox_run}): its code, the limits it ran with, how it ended and its timeline.
 * {@code cacheKey} identifies runs that must produce the same result; {@code cacheable} is false for outcomes that
 * depend on the machine (wall-clock limit, cancellation) and so must not be replayed.
 */
public record SandboxRun(UUID id, OffsetDateTime createdAt, String code, String codeSha256, String cacheKey,
                         boolean cacheable, RunLimits limits, RunOutcome outcome, Timeline timeline,
                         String engineVersion) {
}
