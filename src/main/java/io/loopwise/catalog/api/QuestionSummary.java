package io.loopwise.catalog.api;

import io.loopwise.catalog.Difficulty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question as listed and searched by {@code GET /api/v1/questions}. */
@Schema(name = "QuestionSummary")
public record QuestionSummary(
        @Schema(example = "async-await-and-asyncio") String slug,
        @Schema(example = "Async/Await and Asyncio") String title,
        @Schema(example = "Asynchronous programming in Python with coroutines, tasks and the event loop.") String summary,
        @Schema(enumeration = {"easy", "medium", "hard"}, example = "hard", implementation = String.class)
        Difficulty difficulty,
        @Schema(example = "[\"asyncio\", \"coroutines\"]") List<String> tags,
        @Schema(example = "9") int readingMinutes,
        @Schema(description = "Slug of the question's track.", example = "python-concurrency") String track,
        @Schema(description = "Position within the track, from 1.", example = "8") int position) {
}
