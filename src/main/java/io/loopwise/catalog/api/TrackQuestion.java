package io.loopwise.catalog.api;

import io.loopwise.catalog.Difficulty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a track's ordered question list. */
@Schema(name = "TrackQuestion")
public record TrackQuestion(
        @Schema(example = "8") int position,
        @Schema(example = "async-await-and-asyncio") String slug,
        @Schema(example = "Async/Await and Asyncio") String title,
        @Schema(enumeration = {"easy", "medium", "hard"}, example = "hard", implementation = String.class)
        Difficulty difficulty,
        @Schema(example = "9") int readingMinutes) {
}
