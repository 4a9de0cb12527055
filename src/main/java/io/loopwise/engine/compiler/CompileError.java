package io.loopwise.engine.compiler;

/**
 * A program the compiler refuses: a SyntaxError CPython would also raise at compile time, or a feature the
 * sandbox does not support ({@code type} "NotImplementedError" / "ImportError"), with its position.
 */
public final class CompileError extends RuntimeException {
    private final String type;
    private final int line;
    private final int column;

    public CompileError(String type, String message, int line, int column) {
        super(message, null, false, false);
        this.type = type;
        this.line = line;
        this.column = column;
    }

    public String type() {
        return type;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
