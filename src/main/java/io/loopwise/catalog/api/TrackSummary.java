package io.loopwise.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A track as listed by {@code GET /api/v1/tracks}. */
@Schema(name = "TrackSummary")
public record TrackSummary(
        @Schema(example = "python-concurrency") String slug,
        @Schema(example = "Python Concurrency") String title,
        @Schema(example = "Asyncio, threads and processes, the way interviewers ask about them.") String summary,
        @Schema(description = "Active questions in the track.", example = "12") long questionCount) {
}
