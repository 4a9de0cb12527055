package io.loopwise.sandbox.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.loopwise.engine.ExceptionInfo;
import io.loopwise.engine.LimitInfo;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.RunStats;
import io.loopwise.sandbox.SandboxRun;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run as clients see it: the engine's result shape plus its identity, limits and links. */
@JsonPropertyOrder({"id", "createdAt", "codeSha256", "status", "stdout", "exception", "limit", "virtualTime", "stats",
        "warnings", "limits", "engineVersion", "stored", "timeline", "timelineSvg", "events"})
@Schema(name = "Run", description = "One run of a program: how it ended, its output and where to see its timeline.")
public record RunView(
        @Schema(description = "The run's id.") UUID id,
        @Schema(description = "When the run was executed.") OffsetDateTime createdAt,
        @Schema(description = "SHA-256 of the code's UTF-8 bytes, lowercase hex.") String codeSha256,
        @Schema(description = "How the run ended.", enumeration = {"completed", "failed", "limit_exceeded", "rejected"})
        String status,
        @Schema(description = "Everything the program printed.") String stdout,
        @Schema(description = "The uncaught exception (failed), or why the program was refused (rejected, with "
                + "line and column); null otherwise.", nullable = true) ExceptionInfo exception,
        @Schema(description = "The limit that ended the run (limit_exceeded); null otherwise.", nullable = true)
        LimitInfo limit,
        @Schema(description = "The virtual clock at the end of the program, in seconds.", example = "10.0")
        double virtualTime,
        @Schema(description = "Interpreter steps, asyncio tasks created and real microseconds spent.") RunStats stats,
        @Schema(description = "Runtime warnings, sorted (never-awaited coroutines, unretrieved task exceptions).")
        List<String> warnings,
        @Schema(description = "The limits the run was executed with.") RunLimits limits,
        @Schema(description = "Version of the interpreter that produced this result.") String engineVersion,
        @Schema(description = "False when the run could not be saved: it has no stored resource and no links.")
        boolean stored,
        @Schema(description = "Link to the run's timeline (JSON).", nullable = true) String timeline,
        @Schema(description = "Link to the run's timeline as an SVG Gantt chart.", nullable = true) String timelineSvg,
        @Schema(description = "Link to the run's timeline events as a server-sent event stream.", nullable = true)
        String events) {

    public static final String BASE = "/api/v1/runs/";

    public static RunView of(SandboxRun run, boolean stored) {
        RunOutcome o = run.outcome();
        String self = BASE + run.id();
        return new RunView(run.id(), run.createdAt(), run.codeSha256(), o.status(), o.stdout(), o.exception(),
                o.limit(), o.virtualTime(), o.stats(), o.warnings(), run.limits(), run.engineVersion(), stored,
                stored ? self + "/timeline" : null, stored ? self + "/timeline.svg" : null,
                stored ? self + "/events" : null);
    }
}
