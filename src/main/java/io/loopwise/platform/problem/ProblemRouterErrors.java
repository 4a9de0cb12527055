package io.loopwise.platform.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Problem details for errors decided by the HTTP router itself, before any REST resource is involved
 * (a path no resource serves, a method no route accepts), so that no error ever comes back as HTML or plain text.
 */
@ApplicationScoped
public class ProblemRouterErrors {

    private final ProblemResponses responses;

    public ProblemRouterErrors(ProblemResponses responses) {
        this.responses = responses;
    }

    void install(@Observes Router router) {
        router.errorHandler(404, ctx -> send(ctx, Problem.ofStatus(404, "Not Found", "No resource at this path.")));
        router.errorHandler(405, ctx -> send(ctx, Problem.ofStatus(405, "Method Not Allowed",
                "This method is not allowed on this resource.")));
        router.errorHandler(500, ctx -> send(ctx, Problem.ofStatus(500, "Internal Server Error",
                "The server failed to handle this request; the error has been logged.")));
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
