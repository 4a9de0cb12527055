package io.loopwise.sandbox.rest;

import io.loopwise.platform.problem.Problem;
import io.loopwise.platform.problem.ProblemResponses;
import io.loopwise.sandbox.SandboxConfig;
import io.loopwise.sandbox.service.SandboxBusyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The bulkhead's answer: 503 problem+json with Retry-After, so clients back off instead of timing out. */
public class SandboxBusyMapper {

    private final ProblemResponses responses;
    private final int retryAfterSeconds;

    public SandboxBusyMapper(ProblemResponses responses, SandboxConfig config) {
        this.responses = responses;
        this.retryAfterSeconds = config.executor().retryAfterSeconds();
    }

    @ServerExceptionMapper
    public Response busy(SandboxBusyException e, UriInfo uri) {
        Problem problem = new Problem("urn:loopwise:problem:sandbox-busy", "Sandbox busy", 503,
                "Every sandbox slot is busy and the queue is full; retry in " + retryAfterSeconds + " s.",
                uri.getPath(), java.util.List.of(), java.util.Map.of("retryAfterSeconds", retryAfterSeconds));
        return Response.fromResponse(responses.toResponse(problem))
                .header("Retry-After", Integer.toString(retryAfterSeconds)).build();
    }
}
