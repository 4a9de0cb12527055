package io.loopwise.engine.syntax;

/**
 * One lexical token: kind, 1-based position, source offsets [start, end), and the literal value:
 * identifier String for NAME, BigInteger for INT, Double for FLOAT/IMAGINARY, {@link StringLiteral} for STRING.
 */
public record Token(TokenType type, int line, int col, int start, int end, Object value) {
    /** The identifier of a NAME token. */
    public String name() {
        return (String) value;
    }

    @Override
    public String toString() {
        return type + (value == null ? "" : "(" + value + ")") + "@" + line + ":" + col;
    }
}
