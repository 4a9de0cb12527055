package io.loopwise.platform.problem;

import java.util.List;

/** Thrown by services and resources to end a request with the given problem. */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.ofStatus(404, "Not Found", detail));
    }

    public static ProblemException invalidParameter(String name, String reason) {
        return new ProblemException(Problem.invalidParameters(List.of(new Problem.InvalidParam(name, reason))));
    }
}
