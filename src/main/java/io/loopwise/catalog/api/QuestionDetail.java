package io.loopwise.catalog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.loopwise.catalog.Difficulty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full question ({@code GET /api/v1/questions/{slug}}): text, structure, and its place in the track. */
@Schema(name = "QuestionDetail")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QuestionDetail(
        @Schema(example = "async-await-and-asyncio") String slug,
        @Schema(example = "Async/Await and Asyncio") String title,
        @Schema(example = "Asynchronous programming in Python with coroutines, tasks and the event loop.") String summary,
        @Schema(enumeration = {"easy", "medium", "hard"}, example = "hard", implementation = String.class)
        Difficulty difficulty,
        TrackRef track,
        @Schema(description = "Position within the track, from 1 (\"question 8 of 12\").", example = "8") int position,
        @Schema(description = "Active questions in the track.", example = "12") int trackSize,
        @Schema(description = "Slug of the previous question in the track, null for the first.", nullable = true,
                example = "exception-groups-and-except-star") String previous,
        @Schema(description = "Slug of the next question in the track, null for the last.", nullable = true,
                example = "asyncio-vs-threading-vs-multiprocessing") String next,
        @Schema(example = "[\"asyncio\", \"coroutines\", \"event-loop\"]") List<String> tags,
        @Schema(description = "Estimated at about 200 words per minute.", example = "9") int readingMinutes,
        @Schema(example = "[\"Explain coroutines, tasks and futures and how the event loop drives them\"]")
        List<String> learningObjectives,
        @Schema(example = "[\"Calling an async def function runs nothing until it is awaited or wrapped in a task.\"]")
        List<String> interviewTips,
        @Schema(description = "The question text as Markdown (GFM tables, fenced code).",
                example = "## Understanding async programming\n\nAsyncio provides cooperative multitasking...")
        String body,
        @Schema(description = "The body as structured blocks for native clients.") List<Block> blocks) {
}
