package io.loopwise.sandbox.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/runs}: a Python program and, optionally, lower limits for its run. */
@Schema(name = "RunRequest", description = "A Python asyncio program to run in virtual time.")
public record RunRequest(
        @Schema(required = true, description = "The program's source, UTF-8, at most `limits.maxSourceBytes` bytes. "
                + "Not empty; no NUL (U+0000) characters and no unpaired surrogates (400 naming `code`), as Python "
                + "source cannot hold them.",
                example = "import asyncio\n\nasync def main():\n    await asyncio.sleep(10)\n    print('done')\n\nasyncio.run(main())\n")
        String code,
        @Schema(description = "Limits for this run; each may only lower the service's default.")
        RequestedLimits limits) {
}
