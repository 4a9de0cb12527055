package io.loopwise.catalog.service;

/** What one content import did: tracks seen, and questions created, updated, left unchanged and retired. */
public record ImportReport(int tracks, int created, int updated, int unchanged, int retired) {

    public boolean changedAnything() {
        return created + updated + retired > 0;
    }
}
