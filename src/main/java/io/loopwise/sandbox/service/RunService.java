package io.loopwise.sandbox.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwise.engine.Engine;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunResult;
import io.loopwise.engine.timeline.Timeline;
import io.loopwise.platform.problem.Problem;
import io.loopwise.platform.problem.ProblemException;
import io.loopwise.sandbox.SandboxRun;
import io.loopwise.sandbox.api.RequestedLimits;
import io.loopwise.sandbox.api.RunOutcome;
import io.loopwise.sandbox.api.RunView;
import io.loopwise.sandbox.repository.RunRepository;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Runs programs and serves stored runs. A submission is answered from the cache when the same code already ran with
 * the same limits and engine; otherwise it goes through its own {@link RunPipeline}, and the result is then saved in
 * a separate step whose failure is logged and reported ({@code stored: false}) but never loses the result.
 */
@ApplicationScoped
public class RunService {

    /** Outcomes that depend on the machine rather than on the program: never replayed from the cache. */
    private static final Set<String> UNREPEATABLE_LIMITS = Set.of("wall_time", "cancelled");

    private final RunPipeline pipeline;
    private final RunRepository runs;
    private final LimitPolicy limits;
    private final RunMetrics metrics;
    private final ObjectMapper json;

    public RunService(RunPipeline pipeline, RunRepository runs, LimitPolicy limits, RunMetrics metrics,
                      ObjectMapper json) {
        this.pipeline = pipeline;
        this.runs = runs;
        this.limits = limits;
        this.metrics = metrics;
        this.json = json;
    }

    /** A run's answer and whether the cache served it. */
    public record Submission(RunView run, boolean cacheHit) {
    }

    public Uni<Submission> submit(String code, RequestedLimits requested) {
        RunLimits runLimits = limits.resolve(requested);
        int size = code.getBytes(StandardCharsets.UTF_8).length;
        if (size > runLimits.maxSourceBytes()) {
            throw new ProblemException(new Problem("urn:loopwise:problem:code-too-large", "Code too large", 413,
                    "code is " + size + " bytes of UTF-8; at most " + runLimits.maxSourceBytes() + " are allowed",
                    null, List.of(new Problem.InvalidParam("code", "must be at most " + runLimits.maxSourceBytes()
                    + " bytes of UTF-8 (limits.maxSourceBytes)")), Map.of()));
        }
        String codeSha256 = RunKeys.sha256(code);
        String cacheKey = RunKeys.cacheKey(Engine.VERSION, runLimits, codeSha256);
        return runs.findCached(cacheKey)
                .onFailure().recoverWithItem(e -> {
                    Log.warnf("sandbox cache lookup failed, running the program instead: %s", e.toString());
                    return null;
                })
                .chain(cached -> {
                    if (cached != null) {
                        metrics.recordRun(cached.outcome(), "hit");
                        return Uni.createFrom().item(new Submission(RunView.of(cached, true), true));
                    }
                    return executeAndStore(code, codeSha256, cacheKey, runLimits)
                            .map(view -> new Submission(view, false));
                });
    }

    private Uni<RunView> executeAndStore(String code, String codeSha256, String cacheKey, RunLimits runLimits) {
        long started = System.nanoTime();
        return pipeline.execute(code, runLimits)
                .onFailure(SandboxBusyException.class).invoke(metrics::recordRejection)
                .map(result -> {
                    metrics.recordExecution(System.nanoTime() - started);
                    return toRun(code, codeSha256, cacheKey, runLimits, result);
                })
                .chain(run -> {
                    metrics.recordRun(run.outcome(), "miss");
                    return runs.insert(run)
                            .replaceWith(true)
                            .onFailure().recoverWithItem(e -> {
                                Log.errorf("sandbox run %s was answered but could not be stored: %s", run.id(),
                                        e.toString());
                                metrics.recordNotStored();
                                return false;
                            })
                            .map(stored -> RunView.of(run, stored));
                });
    }

    private static SandboxRun toRun(String code, String codeSha256, String cacheKey, RunLimits runLimits,
                                    RunResult result) {
        RunOutcome outcome = RunOutcome.of(result);
        boolean cacheable = outcome.limitKind() == null || !UNREPEATABLE_LIMITS.contains(outcome.limitKind());
        // PostgreSQL keeps microseconds: truncate so the answer and a later GET agree.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Timeline timeline = result.timeline() == null ? new Timeline(List.of(), List.of()) : result.timeline();
        return new SandboxRun(UUID.randomUUID(), now, code, codeSha256, cacheKey, cacheable, runLimits, outcome,
                timeline, Engine.VERSION);
    }

    /** The stored run, or null. */
    public Uni<RunView> find(UUID id) {
        return runs.find(id).map(run -> run == null ? null : RunView.of(run, true));
    }

    public Uni<Boolean> exists(UUID id) {
        return runs.exists(id);
    }

    /** The run's timeline, or null when there is no such run. */
    public Uni<Timeline> timeline(UUID id) {
        return runs.findTimelineJson(id).map(text -> text == null ? null : readTimeline(text));
    }

    /** The run with its timeline, or null. */
    public Uni<SandboxRun> findWithTimeline(UUID id) {
        return Uni.combine().all().unis(runs.find(id), runs.findTimelineJson(id)).asTuple()
                .map(both -> {
                    SandboxRun run = both.getItem1();
                    if (run == null || both.getItem2() == null) {
                        return null;
                    }
                    return new SandboxRun(run.id(), run.createdAt(), run.code(), run.codeSha256(), run.cacheKey(),
                            run.cacheable(), run.limits(), run.outcome(), readTimeline(both.getItem2()),
                            run.engineVersion());
                });
    }

    private Timeline readTimeline(String text) {
        try {
            return json.readValue(text, Timeline.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored timeline is unreadable", e);
        }
    }
}
