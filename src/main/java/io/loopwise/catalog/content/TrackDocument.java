package io.loopwise.catalog.content;

/** A track as authored in {@code db/content/<slug>.yaml}, with the hash of its file. */
public record TrackDocument(String file, String slug, String title, String summary, String description,
                            String contentHash) {
}
