package io.loopwise.engine.syntax;

/**
 * The value of a STRING token. For str and bytes literals {@code value} is the decoded String (bytes as chars
 * 0..255). For f-strings {@code value} is null and the parser reads the raw body [bodyStart, bodyEnd) of the
 * source, whose first character sits at (bodyLine, bodyCol).
 */
public record StringLiteral(boolean bytes, boolean raw, boolean fString, String value,
                            int bodyStart, int bodyEnd, int bodyLine, int bodyCol) {
}
