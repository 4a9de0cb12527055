package io.loopwise.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only endpoint that consumes JSON, so the shared problem mapping can be exercised for 415 and body
 * validation before the first production endpoint that accepts a body exists. Hidden from the OpenAPI document.
 */
@Path("/test-probe/echo")
public class ProblemProbeResource {

    /** A body with one required field. */
    public record Echo(@NotBlank String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Echo echo(@Valid Echo echo) {
        return echo;
    }
}
