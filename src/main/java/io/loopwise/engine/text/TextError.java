package io.loopwise.engine.text;

/**
 * A failure that Python reports as an exception (from formatting or random); {@code pythonType} is the exception class name
 * ("ValueError", "TypeError", "OverflowError", "KeyError", "IndexError") and the message is CPython's text.
 */
public final class TextError extends RuntimeException {
    private final String pythonType;

    public TextError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    public String pythonType() {
        return pythonType;
    }

    static TextError value(String message) {
        return new TextError("ValueError", message);
    }
}
