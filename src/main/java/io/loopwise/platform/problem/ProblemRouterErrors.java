package io.loopwise.platform.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem details for errors decided by the HTTP router itself, before any REST resource is involved
 * (a path no resource serves, a method no route accepts), so that no error ever comes back as HTML or plain text.
 */
@ApplicationScoped
public class ProblemRouterErrors {

    private final ProblemResponses responses;
    private final MemorySize maxBodySize;

    public ProblemRouterErrors(ProblemResponses responses,
                               @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.responses = responses;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        // Quarkus refuses an oversized declared body with a bare 413 before the router's error handlers run;
        // answering first, from the Content-Length header, lets the client read why.
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length, limit)) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                send(ctx, tooLarge());
            } else {
                ctx.next();
            }
        });
        router.errorHandler(404, ctx -> send(ctx, Problem.ofStatus(404, "Not Found", "No resource at this path.")));
        router.errorHandler(405, ctx -> send(ctx, Problem.ofStatus(405, "Method Not Allowed",
                "This method is not allowed on this resource.")));
        router.errorHandler(413, ctx -> send(ctx, tooLarge()));
        router.errorHandler(500, ctx -> send(ctx, Problem.ofStatus(500, "Internal Server Error",
                "The server failed to handle this request; the error has been logged.")));
    }

    private Problem tooLarge() {
        return Problem.ofStatus(413, "Payload Too Large",
                "The request body is larger than " + maxBodySize.asLongValue() + " bytes.");
    }

    private static boolean exceeds(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void send(RoutingContext ctx, Problem problem) {
        if (ctx.response().headWritten()) {
            ctx.response().end();
            return;
        }
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Buffer.buffer(responses.toBytes(problem.withInstance(ctx.normalizedPath()))));
    }
}
