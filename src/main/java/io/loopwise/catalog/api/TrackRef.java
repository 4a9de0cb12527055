package io.loopwise.catalog.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The track a question belongs to. */
@Schema(name = "TrackRef")
public record TrackRef(@Schema(example = "python-concurrency") String slug,
                       @Schema(example = "Python Concurrency") String title) {
}
