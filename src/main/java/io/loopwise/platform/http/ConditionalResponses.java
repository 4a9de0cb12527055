package io.loopwise.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds GET responses with an ETag and Cache-Control, answering a matching If-None-Match with 304. */
@ApplicationScoped
public class ConditionalResponses {

    private final ObjectMapper mapper;

    public ConditionalResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Representation represent(Object body) {
        try {
            return Representation.of(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response bodies must always serialise", e);
        }
    }

    public static Response.ResponseBuilder ok(Representation representation, String ifNoneMatch, String cacheControl) {
        if (representation.matches(ifNoneMatch)) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, representation.etag())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return Response.ok(representation.body(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, representation.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}
