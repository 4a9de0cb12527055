package io.loopwise.sandbox.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Limits a request asks for; null means the service default. Each must be positive and at most the default. */
@Schema(name = "RunLimitsRequest", description = "Optional lower limits; omitted fields keep the service default.")
public record RequestedLimits(
        @Schema(description = "Interpreter steps.", example = "1000000") Long maxSteps,
        @Schema(description = "Virtual seconds the program's clock may reach.", example = "60") Double maxVirtualSeconds,
        @Schema(description = "Real milliseconds the run may take.", example = "1000") Long maxWallMillis,
        @Schema(description = "asyncio tasks the program may create.", example = "1000") Integer maxTasks,
        @Schema(description = "Bytes the program may allocate.", example = "16777216") Long maxMemoryBytes,
        @Schema(description = "Bytes the program may print.", example = "8192") Long maxOutputBytes,
        @Schema(description = "Python call depth.", example = "100") Integer maxRecursionDepth,
        @Schema(description = "UTF-8 bytes of `code`; longer code is refused with 413.", example = "16384")
        Integer maxSourceBytes) {

    public static final RequestedLimits NONE = new RequestedLimits(null, null, null, null, null, null, null, null);
}
