package io.loopwise.catalog.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A track with its description and ordered question list ({@code GET /api/v1/tracks/{slug}}). */
@Schema(name = "TrackDetail")
public record TrackDetail(
        @Schema(example = "python-concurrency") String slug,
        @Schema(example = "Python Concurrency") String title,
        @Schema(example = "Asyncio, threads and processes, the way interviewers ask about them.") String summary,
        @Schema(description = "Markdown.", example = "From the event loop to structured concurrency.") String description,
        @Schema(example = "12") int questionCount,
        @Schema(description = "Active questions in position order.") List<TrackQuestion> questions) {
}
