package io.loopwise.engine.syntax;

/** One compile-time error: 1-based line and column and a Python-like message (without the "SyntaxError: " prefix). */
public record SyntaxProblem(int line, int column, String message) {

    /**
     * The exception class CPython raises for this problem: {@code IndentationError} and its subclass
     * {@code TabError} for layout mistakes, {@code RecursionError} for trees nested too deeply to compile,
     * otherwise {@code SyntaxError}.
     */
    public String exceptionType() {
        if (message.startsWith("inconsistent use of tabs")) {
            return "TabError";
        }
        if (message.startsWith("maximum recursion depth exceeded")) {
            return "RecursionError";
        }
        if (message.startsWith("expected an indented block") || message.equals("unexpected indent")
                || message.equals("too many levels of indentation")
                || message.startsWith("unindent does not match")) {
            return "IndentationError";
        }
        return "SyntaxError";
    }

    /** The form shown to learners: {@code SyntaxError: line 3, col 5: expected ':'}. */
    @Override
    public String toString() {
        return exceptionType() + ": line " + line + ", col " + column + ": " + message;
    }
}
