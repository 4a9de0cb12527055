package io.loopwise.catalog.service;

/** CDI event fired after a content import committed, so that read-side caches drop what they hold. */
public record CatalogImported(ImportReport report) {
}
