package io.loopwise.catalog.rest;

import io.loopwise.platform.http.ConditionalResponses;
import io.loopwise.platform.http.Representation;
import jakarta.ws.rs.core.Response;

/** How catalog GETs answer: the representation with its ETag, or 304, and the content's Cache-Control. */
final class CatalogHttp {

    /** Content changes only when a release imports new files; clients may reuse it briefly, then revalidate. */
    static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";

    private CatalogHttp() {
    }

    static Response ok(Representation representation, String ifNoneMatch) {
        return ConditionalResponses.ok(representation, ifNoneMatch, CACHE_CONTROL).build();
    }
}
