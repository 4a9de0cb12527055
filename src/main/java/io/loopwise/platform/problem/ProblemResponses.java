package io.loopwise.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Writes problems as {@code application/problem+json} bytes. The body is serialised here rather than by a
 * message body writer so that a problem is delivered even when the client's Accept header rules out JSON
 * (a 406 must still explain itself).
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public byte[] toBytes(Problem problem) {
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem must always serialise", e);
        }
    }

    public Response toResponse(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .entity(toBytes(problem))
                .header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        return builder.build();
    }
}
