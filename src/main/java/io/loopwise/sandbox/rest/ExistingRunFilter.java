package io.loopwise.sandbox.rest;

import io.loopwise.sandbox.service.RunService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Answers 400/404 problem+json for {@link ExistingRun} endpoints before any streamed byte is written. */
public class ExistingRunFilter {

    private final RunService runs;

    public ExistingRunFilter(RunService runs) {
        this.runs = runs;
    }

    @ServerRequestFilter
    @ExistingRun
    public Uni<Response> requireRun(ContainerRequestContext request) {
        UUID id = RunResource.parseId(request.getUriInfo().getPathParameters().getFirst("id"));
        return runs.exists(id).map(found -> {
            RunResource.orNotFound(found ? Boolean.TRUE : null, id);
            return null;
        });
    }
}
