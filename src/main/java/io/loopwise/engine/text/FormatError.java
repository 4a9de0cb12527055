package io.loopwise.engine.text;

/**
 * A formatting failure that Python reports as an exception; {@code pythonType} is the exception class name
 * ("ValueError", "TypeError", "OverflowError", "KeyError", "IndexError") and the message is CPython's text.
 */
public final class FormatError extends RuntimeException {
    private final String pythonType;

    public FormatError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    public String pythonType() {
        return pythonType;
    }

    static FormatError value(String message) {
        return new FormatError("ValueError", message);
    }
}
