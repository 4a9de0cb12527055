package io.loopwise.engine.syntax;

/** One compile-time error: 1-based line and column and a Python-like message (without the "SyntaxError: " prefix). */
public record SyntaxProblem(int line, int column, String message) {
    /** The form shown to learners: {@code SyntaxError: line 3, col 5: expected ':'}. */
    @Override
    public String toString() {
        return "SyntaxError: line " + line + ", col " + column + ": " + message;
    }
}
