package io.loopwise.platform.problem;

import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every exception that leaves a REST resource, Quarkus' own included, to an RFC 9457 problem. */
public class ProblemMappers {

    private final ProblemResponses responses;

    public ProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.toResponse(e.problem().withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        // One entry per parameter: "abc" for a number breaks both its format and its range.
        Map<String, Set<String>> reasons = new TreeMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            reasons.computeIfAbsent(parameterName(v), name -> new TreeSet<>()).add(v.getMessage());
        }
        List<Problem.InvalidParam> params = reasons.entrySet().stream()
                .map(r -> new Problem.InvalidParam(r.getKey(), String.join("; ", r.getValue())))
                .toList();
        return responses.toResponse(Problem.invalidParameters(params).withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        Problem problem = Problem.ofStatus(status, title, detail(e, status)).withInstance(uri.getPath());
        Response response = responses.toResponse(problem);
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Log.errorf(e, "Unhandled error on %s", uri.getPath());
        return responses.toResponse(Problem.ofStatus(500, "Internal Server Error",
                "The server failed to handle this request; the error has been logged.").withInstance(uri.getPath()));
    }

    private static String detail(WebApplicationException e, int status) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the media types in Accept can be produced; this API produces application/json.";
            case 413 -> "The request body is too large.";
            case 415 -> "The request body's Content-Type is not supported by this resource.";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? "The request failed."
                    : e.getMessage();
        };
    }

    /** The name of the parameter a violation is about: the last node of its path (method.parameter). */
    private static String parameterName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name == null ? "request" : name;
    }
}
