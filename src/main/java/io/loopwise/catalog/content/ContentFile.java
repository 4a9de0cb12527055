package io.loopwise.catalog.content;

/** One file of the question bank: its path relative to the content root (e.g. {@code python-concurrency.yaml}) and text. */
public record ContentFile(String path, String text) {
}
